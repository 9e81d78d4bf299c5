"""A word-segmented text (text-processing corpora store Vietnamese so: "Tổng_Liên_đoàn lao_động Việt_Nam", a word's
syllables joined by "_", often in lower case) is read with those joins as spaces, one character for one, so offsets
and evidence stay as written; a text with no more than a few joins (identifiers, addresses, file names) keeps its
"_". Every sentence here is composed for the test."""

from __future__ import annotations

from enrich.units import tag_units
from enrich.unittext import View, segmented_joins
from tests import unit_tags

SEGMENTED = ("Theo báo_cáo của Tổng_Liên_đoàn lao_động Việt_Nam , năm 2015 , phần_lớn công_nhân có việc_làm "
             "ổn_định và thu_nhập tăng .")


def test_a_word_segmented_text_names_its_unit() -> None:
    assert unit_tags.units(SEGMENTED, date="2016-01-05") == {
        ("Tổng Liên đoàn Lao động Việt Nam", "national", None)}


def test_a_word_segmented_title_and_lower_case_federation() -> None:
    title = "Hội_nghị ban chấp_hành liên_đoàn lao_động tỉnh Nghệ_An"
    text = "Hội_nghị đã thảo_luận và thông_qua nghị_quyết về công_tác cán_bộ ."
    assert ("Liên đoàn Lao động tỉnh Nghệ An", "province", "Nghệ An") in unit_tags.units(
        text, title=title, date="2016-01-05")


def test_the_evidence_keeps_the_joins_as_written() -> None:
    tags = [u for u in tag_units(SEGMENTED, published="2016-01-05") if u.role != "publisher"]
    assert [u.evidence for u in tags] == ["Tổng_Liên_đoàn lao_động Việt_Nam"]
    assert SEGMENTED[tags[0].start:tags[0].end] == tags[0].evidence


def test_identifiers_addresses_and_file_names_keep_their_joins_in_a_segmented_text() -> None:
    text = SEGMENTED + (" Xem tài_liệu tại https://cdn.example.vn/tong_lien_doan/bao_cao.pdf , gửi thư tới cong_doan@example.vn "
            "; ảnh tổng_kết_năm.jpg ; khóa 'company_name' , 'founder_name' .")
    view = View.of(text).text
    for kept in ("tong_lien_doan/bao_cao.pdf", "cong_doan@example.vn", "tổng_kết_năm.jpg"):
        assert kept in view
    assert "Tổng Liên đoàn lao động Việt Nam" in view and "tài liệu" in view


def test_a_text_with_few_joins_keeps_them() -> None:
    text = "Đóng góp bởi: Nguyễn_Lan | Công đoàn cơ sở Trường THPT Lê_Lợi tổ chức hội thao ."
    assert segmented_joins(text) == []
    assert View.of(text).text == text
    config = "'author_name' => 'Công đoàn', 'founder_name' => 'Lê Lan', 'site_title', 'page_size', 'home_url', 'lang_code'"
    assert segmented_joins(config) == []  # a program's identifiers, however many
