import pytest

from enrich.citations import find_citations


@pytest.mark.parametrize(
    "text, code",
    [
        ("Nghị quyết số 02-NQ/TW, ngày 12/6/2021 của Bộ Chính trị", "02-NQ/TW"),
        ("Nghị quyết 02-NQ/TW về đổi mới", "02-NQ/TW"),
        ("nghị quyết 02-nq/tw", "02-NQ/TW"),
        ("Nghị quyết 02 - NQ/TW", "02-NQ/TW"),
        ("Nghị quyết 02–NQ/TW", "02-NQ/TW"),
        ("Nghị quyết số 20-NQ/TƯ", "20-NQ/TW"),
        ("Nghị quyết 20/NQ-TW (NQ20)", "20-NQ/TW"),
        ("Chương trình số 13-CTr/TU của Ban Thường vụ Tỉnh ủy", "13-CTr/TU"),
        ("Quyết định số 3757/QĐ-TLĐ", "3757/QĐ-TLĐ"),
        ("Nghị quyết 6b/NQ-BCH", "6b/NQ-BCH"),
        ("Nghị quyết 202/2025/QH15 của Quốc hội", "202/2025/QH15"),
        ("Luật số 12/2012/QH13", "12/2012/QH13"),
        ("Nghị quyết 03-NQ/CP ngày 9.1.2025", "03/NQ-CP"),
        ("Kế hoạch số 45/KH-LĐLĐ", "45/KH-LĐLĐ"),
        ("Kết luận 121-KL/TW", "121-KL/TW"),
        ("Chỉ thị 05-CT/TW", "05-CT/TW"),
        ("Nghị quyết 20-NQ/T.Ư", "20-NQ/TW"),
        ("Nghị định 128/2025/NĐ-CP", "128/2025/NĐ-CP"),
        ("(NQ20/NQTW)", "20-NQ/TW"),
    ],
)
def test_citation_forms(text, code):
    assert {c.code for c in find_citations(text)} == {code}


def test_code_split_by_a_line_break():
    assert [c.code for c in find_citations("Nghị quyết số 02-\nNQ/TW")] == ["02-NQ/TW"]


@pytest.mark.parametrize(
    "text",
    [
        "Điện thoại: 0299.3822.123",
        "ngày 12/6/2021",
        "giai đoạn 2021-2025",
        "tháng 02/2021",
        "Nghị quyết 02 của Bộ Chính trị",
    ],
)
def test_look_alikes_are_not_codes(text):
    assert find_citations(text) == []


def test_offsets_point_at_the_evidence():
    text = "Triển khai Nghị quyết số 02-NQ/TW và Chương trình số 13-CTr/TU."
    found = find_citations(text)
    assert [text[c.start : c.end] for c in found] == ["02-NQ/TW", "13-CTr/TU"]
