"""The learned reader of grassroots name ends (enrich/unitedge.py) and its training script.

No model ships in enrich/data/ (docs/notes/issue-6.md, fifteenth round: switched on, it fails composed
tests of kinds earlier rounds fixed), so the tagger's names end where the rules end them; the trained
model lives in scripts/data/unit_edges.json and is set here with ``use_model``. The sentences are composed
for the test."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from functools import cache, partial
from pathlib import Path
from types import ModuleType

from enrich import unitedge
from enrich.unittext import tokens
from tests import unit_tags
from tests.unit_edge_model import TRAINED, trained_model  # noqa: F401 (an autouse fixture)

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "train_unit_edges.py"
units = partial(unit_tags.units, date="2023-05-10")


@cache
def _script() -> ModuleType:  # the training script, imported as a module (scripts/ is no package)
    spec = importlib.util.spec_from_file_location("train_unit_edges", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up
    spec.loader.exec_module(module)
    return module


def test_the_script_reproduces_the_trained_model():
    done = subprocess.run([sys.executable, str(SCRIPT), "--check"], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "reproduced" in done.stdout
    assert "names aligned=" in done.stdout


def test_no_model_ships_and_the_answer_is_kept():
    unitedge.forget_model()
    assert not unitedge.MODEL_PATH.exists()
    assert not unitedge._LOADED  # nothing looked for before a name needs it
    assert unitedge.current_model() is None
    assert unitedge._LOADED == [None]


def test_with_no_model_the_rules_end_every_name():
    unitedge.use_model(None)
    text = "Công đoàn Xí nghiệp Đầu máy Đà Nẵng Lê Văn Tiến chia sẻ kinh nghiệm."
    first = text.index("Đầu")
    assert unitedge.right_edge(text, text.lower(), first, len(text) - 1, {}, lambda name: False) == len(text) - 1
    assert units(text) == {("Công đoàn Xí nghiệp Đầu máy Đà Nẵng Lê Văn Tiến", "grassroots", None)}


def test_the_trained_model_ends_a_name_before_a_persons_name():
    assert units("Công đoàn Xí nghiệp Đầu máy Đà Nẵng Lê Văn Tiến chia sẻ kinh nghiệm.") == {
        ("Công đoàn Xí nghiệp Đầu máy Đà Nẵng", "grassroots", "Đà Nẵng")}
    # names the rules already read whole stay whole
    assert units("Công đoàn cơ sở Ngân hàng Chính sách xã hội tỉnh Gia Lai vừa tổ chức trao quà.") == {
        ("Công đoàn cơ sở Ngân hàng Chính sách xã hội tỉnh Gia Lai", "grassroots", "Gia Lai")}
    assert units("Công đoàn Bệnh viện Phụ sản Trung ương đảm bảo chăm sóc đoàn viên.") == {
        ("Công đoàn Bệnh viện Phụ sản Trung ương", "grassroots", "Hà Nội")}
    assert units("Công đoàn cơ sở Trường Mầm non Hoa Mai tích cực tham gia hội thi.") == {
        ("Công đoàn cơ sở Trường Mầm non Hoa Mai", "grassroots", None)}


def test_look_alikes_stay_untagged_with_the_model():
    for text in ("Đoàn đi trên đường Liên đoàn Lao động tỉnh.", "Liên đoàn Bóng đá Việt Nam họp báo.",
                 "Chủ tịch Công đoàn Tổng công ty Nguyễn Văn An cho biết.",
                 "Công đoàn viên chức tỉnh tích cực tham gia hội thao.", "Đi qua phố Công đoàn Sở Nội vụ tích cực."):
        assert units(text) == set(), text


def test_the_model_leaves_out_a_congress_ordinal_and_reads_a_lower_case_name_on():
    assert units("Đại hội Công đoàn cơ sở Trường THPT Hòa Bình Lần thứ II, nhiệm kỳ 2023 - 2028 thành công.") == {
        ("Công đoàn cơ sở Trường THPT Hòa Bình", "grassroots", "Hòa Bình")}
    assert units("Công đoàn Trung tâm Trợ giúp pháp lý nhà nước tỉnh Yên Bái tổ chức hội nghị.") == {
        ("Công đoàn Trung tâm Trợ giúp pháp lý nhà nước tỉnh Yên Bái", "grassroots", "Yên Bái")}
    unitedge.use_model(None)  # the rules stop at the congress's ordinal's capital and at "pháp"
    assert units("Công đoàn Trung tâm Trợ giúp pháp lý nhà nước tỉnh Yên Bái tổ chức hội nghị.") == {
        ("Công đoàn Trung tâm Trợ giúp", "grassroots", "Yên Bái")}


def test_a_listed_clause_verb_ends_a_name_the_model_would_read_on():
    trained = unitedge.current_model()
    assert trained is not None and trained.limit == "clause_verb,whole"
    for text, name in (("Công đoàn Sở Nội vụ tích cực tham gia hội thao.", "Công đoàn Sở Nội vụ"),
                       ("Công đoàn Trường Tiểu học Kim Đồng khuyến khích đoàn viên đọc sách.",
                        "Công đoàn Trường Tiểu học Kim Đồng")):
        assert {u[0] for u in units(text)} == {name}, text
    unitedge.use_model(unitedge.EdgeModel(trained.weights, trained.margin, limit=""))  # without the limit
    assert {u[0] for u in units("Công đoàn Sở Nội vụ tích cực tham gia hội thao.")} == {
        "Công đoàn Sở Nội vụ tích cực"}


def test_no_name_ends_inside_a_listed_phrase():
    assert units("Công đoàn Sở Tài chính vừa tổ chức hội nghị.") == {("Công đoàn Sở Tài chính", "grassroots", None)}
    trained = unitedge.current_model()
    assert trained is not None
    unitedge.use_model(unitedge.EdgeModel(trained.weights, trained.margin, limit="clause_verb"))  # cut without it
    assert units("Công đoàn Sở Tài chính vừa tổ chức hội nghị.") == {("Công đoàn Sở Tài", "grassroots", None)}


def test_a_margin_keeps_the_rules_end_unless_the_model_is_that_sure():
    trained = unitedge.EdgeModel.load(TRAINED)
    unitedge.use_model(unitedge.EdgeModel(trained.weights, margin=1e9))
    assert units("Công đoàn Xí nghiệp Đầu máy Đà Nẵng Lê Văn Tiến chia sẻ kinh nghiệm.") == {
        ("Công đoàn Xí nghiệp Đầu máy Đà Nẵng Lê Văn Tiến", "grassroots", None)}


def test_labels_align_with_the_text_by_folded_words():
    gold_end, pieces = _script().gold_end, _script().pieces
    text = "Công đoàn cơ sở Ngân hàng Chính sách Xã hội tỉnh vừa tổ chức đi thăm"
    toks = tokens(text, text.index("Chính"), 16)
    # the label's words after the union head and the organisation's head are the text's, up to a bare
    # province type the label completes with the place
    assert gold_end(toks, "hang", [pieces("Công đoàn Ngân hàng Chính sách xã hội tỉnh Gia Lai")]) == (5, 0)
    assert gold_end(toks, "hang", [pieces("Công đoàn Ngân hàng Chính sách Xã hội")]) == (4, 0)
    # the longest of two labels wins; a label with another organisation's head or words aligns with nothing
    assert gold_end(toks, "hang", [pieces("Công đoàn Ngân hàng Chính sách"),
                                   pieces("Công đoàn cơ sở Ngân hàng Chính sách Xã hội")]) == (4, 1)
    assert gold_end(toks, "hang", [pieces("Công đoàn Kho bạc Chính sách Xã hội")]) == (0, -1)
    assert gold_end(toks, "hang", [pieces("Công đoàn Ngân hàng Chính trị")]) == (0, -1)
    assert gold_end(toks, "hang", [pieces("Ngân hàng Chính sách Xã hội")]) == (0, -1)  # no union head


def test_training_is_an_averaged_perceptron_that_learns_a_separable_choice():
    script = _script()
    examples = [script.Example("s", str(i), [["b", "N=x"], ["b", "N=y", "good"]], 1, 0, ["a", "b"]) for i in range(3)]
    weights = script.train(examples, epochs=3)
    assert weights["good"] > 0 and all(script.pick(weights, ex) == 1 for ex in examples)
    assert script.pick(weights, examples[0], margin=1e9) == 0  # the rules' candidate stands
