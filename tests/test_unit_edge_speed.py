"""The right-edge reader's fast scorer (enrich/unitedgefast.py, ``unitedge.fast_classes``) chooses as the plain
definition does (``unitedge.candidates`` and ``EdgeModel.score``: feature strings, floating-point sums), at
every organisation name of every labelled unit passage, with the trained model and with a model that also
reads where the rules end a name (the tables ``right_edge`` skips when they are empty)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from crawler.textnorm import fold
from enrich import unitedge
from enrich.gazetteer import gazetteer
from enrich.unittext import tokens
from tests.tagging_record import UNRUN
from tests.unit_edge_model import TRAINED, trained_model  # noqa: F401 (an autouse fixture)

DATA = Path(__file__).resolve().parent / "data" / "tagging"
Call = tuple[str, str, int, int, dict[str, tuple[str, ...]], object, dict[str, list[str]]]


# run with the sources (UNIONWATCH_PURE_PYTHON=1): compiled, the reader calls ``right_edge`` directly, past any
# replacement of its module's name
_RECORD = """
import json, sys
import enrich.unitnames
from enrich.units import tag_units
real = enrich.unitnames.right_edge
def record(text, folded, first, end, *rest):
    print(json.dumps([text, folded, first, end], ensure_ascii=False))
    return real(text, folded, first, end, *rest)
enrich.unitnames.right_edge = record
for line in sys.stdin:
    row = json.loads(line)
    tag_units(row["text"], title=row.get("title"), published=row.get("date"))
"""


@cache
def _calls() -> tuple[Call, ...]:
    """The arguments of every ``right_edge`` call the tagger makes on the labelled unit passages (but those of a
    blind set not yet run, tagging_record.UNRUN): text, folded text, the name's first word and the rules' end,
    recorded by the tagger run from the sources; the word lists, province check and province names the
    reader passes (its gazetteer's)."""
    rows = "".join(line + "\n" for path in sorted(DATA.glob("*units*.jsonl")) if path.name not in UNRUN
                   for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    done = subprocess.run([sys.executable, "-c", _RECORD], input=rows, capture_output=True, text=True, check=True,
                          env=os.environ | {"UNIONWATCH_PURE_PYTHON": "1"}, timeout=600)
    gaz = gazetteer()

    def is_province(name: str) -> bool:  # as Reader._is_province
        return gaz.find_province(name, None) is not None

    return tuple((text, folded, first, end, gaz.words, is_province, gaz.province_names)
                 for text, folded, first, end in map(json.loads, done.stdout.splitlines()))


def _ranked_model() -> unitedge.EdgeModel:
    """The trained weights, and weights for where the rules end a name (features the trained model lacks)."""
    trained = unitedge.EdgeModel.load(TRAINED)
    rel = {f"rel={r}": 0.75 * r for r in range(-4, 5)} | {"rel=9": -1.5}
    rel |= {f"relNs={r}|Xx": -0.5 * r for r in range(-4, 5)} | {f"relLs={r}|x": 0.25 for r in range(-4, 5)}
    return unitedge.EdgeModel(trained.weights | rel, margin=0.5)


def test_the_labelled_passages_give_the_scorer_many_names() -> None:
    calls = _calls()
    assert len(calls) > 400
    model = unitedge.current_model()
    assert model is not None
    moved = [c for c in calls if unitedge.right_edge(*c) != c[3]]
    assert len(moved) >= 10  # names the model ends elsewhere than the rules are among them


@pytest.mark.parametrize("which", ["trained", "ranked"])
def test_the_fast_scorer_chooses_as_the_plain_definition(which: str) -> None:
    model = unitedge.current_model() if which == "trained" else _ranked_model()
    assert model is not None
    unitedge.use_model(model)
    differ = [c[0][c[2]:c[2] + 80] for c in _calls()
              if unitedge.right_edge(*c) != unitedge.plain_right_edge(model, *c[:6])]  # type: ignore[arg-type]
    assert differ == []


def test_the_fast_classes_are_the_token_classes() -> None:
    provinces = 0
    for text, _, first, _, words, is_province, names in _calls():
        toks = tokens(text, first, unitedge.WINDOW)
        plain = unitedge.token_classes(text, toks, words, is_province)  # type: ignore[arg-type]
        assert unitedge.fast_classes(text, toks, words, is_province,  # type: ignore[arg-type]
                                     unitedge.name_prefixes(names)) == plain
        assert unitedge.fast_classes(text, toks, words, is_province) == plain  # type: ignore[arg-type]
        provinces += plain.count("prov")
    assert provinces > 100


def test_every_province_name_begins_with_a_prefix_of_the_folded_names() -> None:
    gaz = gazetteer()
    prefixes = unitedge.name_prefixes(gaz.province_names)
    assert unitedge.name_prefixes(gaz.province_names) is prefixes  # made once
    for row in gaz.provinces.values():
        for name in (row["short_name"], row["name"]):
            first = name.split()[0]
            assert fold(first) in prefixes or not gaz.find_province(name, None), name
    text = "Công đoàn Công ty Ánh Dương Hà Nội và Đồng Nai"
    toks = tokens(text, text.index("Ánh"), unitedge.WINDOW)
    classes = unitedge.fast_classes(text, toks, gaz.words, lambda n: gaz.find_province(n, None) is not None, prefixes)
    assert [c for c in classes if c in ("prov", "va")] == ["prov", "va", "prov"]  # "Hà Nội", "và", "Đồng Nai"
    assert classes[2] == classes[5] == "prov"


def test_a_bar_in_the_window_is_scored_plainly() -> None:
    text = "Công đoàn Công ty May Phú | Hòa chia sẻ kinh nghiệm."
    gaz = gazetteer()
    first = text.index("May")
    rule_end = text.index(" |")
    model = unitedge.current_model()
    assert model is not None

    def is_province(name: str) -> bool:
        return gaz.find_province(name, None) is not None

    assert unitedge.right_edge(text, text.lower(), first, rule_end, gaz.words, is_province) == \
        unitedge.plain_right_edge(model, text, text.lower(), first, rule_end, gaz.words, is_province)


def test_the_tables_hold_the_weights_as_whole_numbers() -> None:
    model = unitedge.current_model()
    assert model is not None
    tables = model.tables
    assert tables.scale == 10_000
    some = next(f for f in model.weights if f.startswith("LsNs="))
    left, right = some.removeprefix("LsNs=").split("|")
    assert tables.shapes[left][right] == round(model.weights[some] * 10_000)
    place = next(f for f in model.weights if f.startswith("place="))
    seen, shape, cls = place.removeprefix("place=").split("|")
    assert tables.place[seen][shape][cls] == round(model.weights[place] * 10_000)
    assert all(isinstance(w, int) for w in tables.last.values())


@pytest.mark.parametrize("which", ["trained", "ranked"])
def test_every_candidate_scores_as_its_features_weights_add_up(which: str) -> None:
    model = unitedge.current_model() if which == "trained" else _ranked_model()
    assert model is not None
    compared = 0
    for text, folded, first, rule_end, words, is_province, names in _calls():
        toks, ks, feats = unitedge.candidates(text, folded, first, rule_end, words, is_province)  # type: ignore[arg-type]
        if not ks or all(t[2] != rule_end for t in toks):
            continue
        fast_ks, fast = unitedge.scored(model, text, folded, toks, rule_end, words, is_province,  # type: ignore[arg-type]
                                        unitedge.name_prefixes(names))
        assert fast_ks == ks
        assert [round(s / model.tables.scale, 6) for s in fast] == [round(model.score(f), 6) for f in feats]
        compared += len(ks)
    assert compared > 4000


@pytest.mark.parametrize("which", ["trained", "ranked"])
def test_a_memo_of_the_text_reads_every_name_as_without_one(which: str) -> None:
    """One ``TextMemo`` per text, shared by its names in the tagger's order: the same ends, groups and joins."""
    model = unitedge.current_model() if which == "trained" else _ranked_model()
    assert model is not None
    unitedge.use_model(model)
    memos: dict[str, unitedge.TextMemo] = {}
    shared = 0
    for text, folded, first, rule_end, words, is_province, names in _calls():
        memo = memos.setdefault(text, unitedge.TextMemo())
        toks = tokens(text, first, unitedge.WINDOW)
        shared += sum((t[1], t[2]) in memo.classes for t in toks)
        prefixes = unitedge.name_prefixes(names)
        assert unitedge.right_edge(text, folded, first, rule_end, words, is_province, names, memo) == \
            unitedge.right_edge(text, folded, first, rule_end, words, is_province, names)  # type: ignore[arg-type]
        assert unitedge.fast_classes(text, toks, words, is_province, prefixes, memo) == \
            unitedge.fast_classes(text, toks, words, is_province, prefixes)  # type: ignore[arg-type]
        assert unitedge.joined_after(text, folded, toks, words, memo) == \
            unitedge.joined_after(text, folded, toks, words)
    assert shared > 100  # names of one text read tokens an earlier name read


def test_the_reader_keeps_one_memo_per_text() -> None:
    from enrich.unitnames import Reader
    from enrich.unittext import View

    gaz = gazetteer()
    text = "Công đoàn Công ty May Phú Hòa và Công đoàn Công ty Cổ phần Dệt Nam Định họp."
    reader = Reader(View.of(text), gaz)
    reader.mentions()
    assert reader.edge_memo.classes  # filled by the names read
    assert Reader(View.of(text), gaz).edge_memo.classes == {}
