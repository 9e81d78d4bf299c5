"""A department written short on a page no source places is completed with the province the passage writes it
with (enrich/unitplaces.py ``_province_named``); the passage's fold is worked out once an article, and every
department read after the first reads what a fresh reading gives."""

from __future__ import annotations

from crawler.textnorm import fold
from enrich.gazetteer import gazetteer
from enrich.unitplaces import _province_named
from enrich.unitresolve import Context
from enrich.units import tag_units
from enrich.unittext import expand

TEXTS = [
    "Công đoàn cơ sở Sở KH&CN tổ chức hội nghị. Sở Khoa học và Công nghệ tỉnh Cao Bằng và Sở Y tế tỉnh Cao Bằng dự.",
    "Sở Y tế tỉnh Cao Bằng, Chi cục Kiểm lâm tỉnh Hà Giang và Văn phòng Sở Tư pháp tỉnh Cao Bằng.",
    "Công đoàn Sở Y tế tặng quà.",
]
LABELS = ["Sở KH&CN", "Sở Khoa học và Công nghệ", "Sở Y tế", "Chi cục Kiểm lâm", "Văn phòng Sở Tư pháp", "Ban Nội chính Tỉnh ủy",
          "Công ty X"]


def test_each_department_reads_as_with_a_fresh_context() -> None:
    gaz = gazetteer()
    named = 0
    for text in TEXTS:
        view_text = expand(text)
        shared = Context(gaz, "2024-05-01", view_text)
        for label in LABELS * 2:
            for pid in ("cao-bang", "ha-giang", None):
                got = _province_named(shared, label, pid)
                assert got == _province_named(Context(gaz, "2024-05-01", view_text), label, pid), (text, label, pid)
                named += got is not None and got != label
        assert shared.expanded_fold in (None, fold(expand(view_text)))
    assert named >= 6


def test_two_departments_of_one_page_both_completed() -> None:
    text = ("Công đoàn cơ sở Sở KH&CN và Công đoàn Sở Y tế trao quà. Sở Khoa học và Công nghệ tỉnh Cao Bằng và Sở Y tế "
            "tỉnh Cao Bằng phối hợp.")
    names = {tag.name for tag in tag_units(text, published="2024-05-01")}
    assert {"Công đoàn cơ sở Sở Khoa học và Công nghệ tỉnh Cao Bằng", "Công đoàn Sở Y tế tỉnh Cao Bằng"} <= names, names
