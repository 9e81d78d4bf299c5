"""Work the organisation's label leaves out (enrich/unitlabels.py): the glued dash's substitution is made only on a
label that holds a dash and a space ("- "), and on any other it changes nothing (the recorded corpus in pieces and
labels made at the edges of the test)."""

from __future__ import annotations

from enrich.gazetteer import gazetteer
from enrich.unitlabels import GLUED, written_label
from tests import tagging_record

EDGES = ["-", " -", "- ", "x-", "x- y", "x -y", "x–  y", "x-\ty", "x-\u00a0y", "1- 2", "x- 1", "_- x", "Vàng Danh- Vinacomin",
         "Vàng Danh -Vinacomin", "Vàng Danh–Vinacomin", "A-B- C", "đ- Đ", "x -- y", "x--  y", "công ty x- y"]


def test_glued_dash_changes_only_labels_with_a_dash_and_a_space() -> None:
    pieces = [text[i:i + 60] for text in tagging_record.recorded_texts()[::3] for i in range(0, len(text), 29)]
    for label in pieces + EDGES:
        if "- " not in label:
            assert GLUED.sub(r"\1 - ", label) == label, label
    assert written_label("Vàng Danh- Vinacomin", gazetteer().words) == "Vàng Danh - Vinacomin"


def test_written_label_as_with_the_substitution_always_made() -> None:
    words = gazetteer().words
    for label in EDGES + ["công ty TNHH MTV Vàng Danh- Vinacomin", "trường tiểu học A- B", "Cty CP x- y"]:
        glued = GLUED.sub(r"\1 - ", label[:1].upper() + label[1:])
        assert written_label(label, words) == written_label(glued, words), label
