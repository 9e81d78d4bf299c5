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
        ("Nghị quyết 02—NQ/TW", "02-NQ/TW"),
        ("NGHỊ QUYẾT 20 NQ/TW 25/10/2017", "20-NQ/TW"),
        ("Nghị quyết số 20-NQ/TƯ", "20-NQ/TW"),
        ("Nghị quyết 20-NQ/T.Ư", "20-NQ/TW"),
        ("Nghị quyết 20/NQ-TW (NQ20)", "20-NQ/TW"),
        ("Nghị quyết 35/NQ-TƯ", "35-NQ/TW"),
        ("(NQ20/NQTW)", "20-NQ/TW"),
        ("Số37-CT/TW", "37-CT/TW"),
        ("Chương trình số 13-CTr/TU của Ban Thường vụ Tỉnh ủy", "13-CTr/TU"),
        ("Kế hoạch số 35/KH-TU", "35-KH/TU"),
        ("chương trình số 02/Ctr-LĐLĐ", "02/CTr-LĐLĐ"),
        ("Quyết định số 3757/QĐ-TLĐ", "3757/QĐ-TLĐ"),
        ("Quyết định số 3757/QÐ-TLÐ", "3757/QĐ-TLĐ"),
        ("Nghị quyết 6b/NQ-BCH", "6b/NQ-BCH"),
        ("Số: 06b /NQ-TLĐ", "06b/NQ-TLĐ"),
        ("Nghị quyết 202/2025/QH15 của Quốc hội", "202/2025/QH15"),
        ("Luật số 12/2012/QH13", "12/2012/QH13"),
        ("Nghị quyết số 1111/NQ-UBTVQH14", "1111/NQ-UBTVQH14"),
        ("Nghị quyết 03-NQ/CP ngày 9.1.2025", "03/NQ-CP"),
        ("Kế hoạch số 45/KH-LĐLĐ", "45/KH-LĐLĐ"),
        ("Kết luận 121-KL/TW", "121-KL/TW"),
        ("Chỉ thị 05-CT/TW", "05-CT/TW"),
        ("Nghị định 128/2025/NĐ-CP", "128/2025/NĐ-CP"),
        ("SỐ 16/2001/CT-TTG", "16/2001/CT-TTg"),
        ("Lệnh số 19/2006/L - CTN", "19/2006/L-CTN"),
        ("Công văn số 41/TTg-QHĐP", "41/TTg-QHĐP"),
        ("Công văn (số 73/TTg-CN)", "73/TTg-CN"),
        ("Công văn số 243/LĐLĐ về việc", "243/LĐLĐ"),
        ("Văn bản hợp nhất 03/VBHN-VPQH 2021", "03/VBHN-VPQH"),
        ("Hướng dẫn số 18-HD/MTTW-BTT", "18-HD/MTTW-BTT"),
        ("văn bản số 2010-CV/ĐUK", "2010-CV/ĐUK"),
        ("Hướng dẫn số 361-HD/HNDTW", "361-HD/HNDTW"),
    ],
)
def test_citation_forms(text, code):
    assert [c.code for c in find_citations(text)] == [code]


@pytest.mark.parametrize("text", ["Nghị quyết số 02-\nNQ/TW", "Số:\n80/NQ-CP", "02 -\r\nNQ/TW"])
def test_code_split_by_a_line_break(text):
    assert len(find_citations(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Điện thoại: 0299.3822.123",
        "ĐT: 0299 3822 124 - Fax: 0299/3822 125",
        "ngày 12/6/2021",
        "từ ngày 04-10/3/2024",
        "giai đoạn 2021-2025",
        "tháng 02/2021",
        "Báo Lao Động số 222/2008",
        "đạt 15/15 chỉ tiêu",
        "Nghị quyết 02 của Bộ Chính trị",
        "COVID-19 và ASEAN-4",
        "Khoản 4 Điều 3",
        "số 41/TTg-QHĐP",  # an official letter's number needs "Công văn" before it
        "công văn 12/tháng",
    ],
)
def test_look_alikes_are_not_codes(text):
    assert find_citations(text) == []


def test_party_and_state_order_follow_the_issuer():
    found = {c.code: c.system for c in find_citations("20/NQ-TW, 03-NQ/CP, 6b-NQ/BCH, 361-HD/HNDTW, 35/KH-TU")}
    assert found == {"20-NQ/TW": "party", "03/NQ-CP": "state", "6b/NQ-BCH": "union", "361-HD/HNDTW": "party", "35-KH/TU": "party"}


def test_provincial_codes_are_local_and_central_ones_are_not():
    by_code = {c.code: c.local for c in find_citations("13-CTr/TU, 20-NQ/TƯ, 45/KH-LĐLĐ, 131/KH-UBND, 02/CTr-BCH")}
    assert by_code == {"13-CTr/TU": True, "20-NQ/TW": False, "45/KH-LĐLĐ": True, "131/KH-UBND": True, "02/CTr-BCH": False}


def test_offsets_point_at_the_evidence():
    text = "Triển khai Nghị quyết số 02-NQ/TW và Chương trình số 13–CTr/TU, Quyết định 3757/QÐ-TLÐ."
    found = find_citations(text)
    assert [text[c.start : c.end] for c in found] == ["02-NQ/TW", "13–CTr/TU", "3757/QÐ-TLÐ"]
    assert [c.evidence for c in found] == ["02-NQ/TW", "13–CTr/TU", "3757/QÐ-TLÐ"]


def test_offsets_survive_characters_that_do_not_fold_to_one():
    text = "Nghi\u0323 quyê\u0301t x\u0301 số 02-NQ/TW"  # stray combining marks
    found = find_citations(text)
    assert [text[c.start : c.end] for c in found] == ["02-NQ/TW"]


@pytest.mark.parametrize(
    "text, code",
    [
        # dated codes written with hyphens only
        ("Theo Thông tư 05-2021-TT-BLĐTBXH hướng dẫn hợp đồng lao động", "05/2021/TT-BLĐTBXH"),
        ("Luật số 45-2019-QH14 có hiệu lực", "45/2019/QH14"),
        ("Nghị định 145-2020-NĐ-CP ngày 14/12/2020", "145/2020/NĐ-CP"),
        # a space inside a known issuer
        ("Thông tư 30/2018/TT-BGD ĐT về tuyển sinh", "30/2018/TT-BGDĐT"),
        ("Thông tư liên tịch số 12/2016/TTLT-BLĐ TBXH-BTC ngày 4/5/2016", "12/2016/TTLT-BLĐTBXH-BTC"),
        # document types of the State and Party document rules, and the short "Tr" for a submission
        ("Tờ trình số 58/Tr-LĐLĐ ngày 2/3/2020", "58/Tr-LĐLĐ"),
        ("Công điện số 1046/CĐ-TTg của Thủ tướng", "1046/CĐ-TTg"),
        ("Giấy mời số 112/GM-LĐLĐ", "112/GM-LĐLĐ"),
        ("Biên bản số 03/BB-CĐCS", "03/BB-CĐCS"),
        ("Thông cáo số 07-TC/TW", "07-TC/TW"),
        # a slash before the issuers, and D for Đ in text from a legacy font
        ("Thông tư liên tịch số 10/2014/TTLT/BNV-TLĐ", "10/2014/TTLT-BNV-TLĐ"),
        ("Th?c hi?n Thông tu liên t?ch s?: 64/2008/TTLT/BTC-TLD ng?y", "64/2008/TTLT-BTC-TLĐ"),
    ],
)
def test_citation_forms_seen_outside_the_development_set(text, code):
    assert [c.code for c in find_citations(text)] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "lương bình quân 7 tr/tháng",  # new types are read after a hyphen or in the State form only
        "đạt 9 cđ/ngày",
        "giai đoạn 2016-2020-2025",
        "tháng 12-2019-TT",
    ],
)
def test_new_forms_do_not_take_look_alikes(text):
    assert find_citations(text) == []


def test_a_space_joins_issuer_parts_only_into_a_known_issuer():
    assert [c.code for c in find_citations("Thông tư 30/2018/TT-BGD và ĐT")] == ["30/2018/TT-BGD"]
    assert [c.code for c in find_citations("Kế hoạch 12/KH-LĐLĐ TP Huế")] == ["12/KH-LĐLĐ"]
