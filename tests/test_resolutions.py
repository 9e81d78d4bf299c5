"""Resolution tagging on real passages, traps, congresses, term restarts and evidence offsets."""

import unicodedata

import pytest

from crawler.sampleweb.content import load_portals
from enrich import tag
from enrich.resolutions import tag_resolutions
from enrich.stream import tag_record
from tests.eval.resolutions import load_devset

# Development passages the tagger cannot get from the passage alone (see their notes).
KNOWN_MISSES = {
    "r037": "the source names plenum 6 of the wrong term (khóa IX)",
    "r093": "127-KL/TW is named only in the page title, not in the passage",
    "r149": "'Quyết định này' refers to the document the passage belongs to",
    "r166": "'Hội nghị đã ra Nghị quyết' names the plenum two sentences earlier",
}
DEVELOPMENT = load_devset("development")


def ids(text, date=None, province=None):
    return {t.id for t in tag_resolutions(text, published=date, province=province)}


def keys(text, date=None, province=None):
    return {t.key for t in tag_resolutions(text, published=date, province=province)}


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(r, id=r["id"], marks=pytest.mark.xfail(reason=KNOWN_MISSES[r["id"]], strict=True))
        if r["id"] in KNOWN_MISSES else pytest.param(r, id=r["id"])
        for r in DEVELOPMENT
    ],
)
def test_development_passages(row):
    out = tag_record({"id": row["id"], "text": row["text"], "date": row["date"], "province": row["province"]}, [])
    assert {t["id"] for t in out["resolutions"]} == set(row["expected"])
    in_catalog = {t["key"] for t in out["resolutions"]} & set(row["expected_keys"])
    assert in_catalog == set(row["expected_keys"])


@pytest.mark.parametrize(
    "portal, article",
    [(p, a) for p in load_portals() for a in p.articles if a.resolutions or a.not_resolutions or a.seed],
    ids=lambda v: getattr(v, "id", None) or str(getattr(v, "key", "")),
)
def test_sample_web_and_seed_articles(portal, article):
    found = {t.id for t in tag(article.text(), title=article.title, published=article.published.date().isoformat(),
                               province=portal.province).resolutions}
    assert set(article.resolutions) <= found
    assert not found & set(article.not_resolutions)


@pytest.mark.parametrize(
    "text, date, expected",
    [
        ("Nghị quyết số 02/NQ-CP ngày 08/01/2025 của Chính phủ về cải thiện môi trường kinh doanh", "2025-01-20", {"02/NQ-CP"}),
        ("Theo Nghị quyết 02 của Chính phủ về môi trường kinh doanh", "2025-02", {"02/NQ-CP"}),
        ("Kế hoạch số 02/KH-LĐLĐ ngày 5/1/2022 của LĐLĐ huyện", "2022-01", {"02/KH-LĐLĐ"}),
        ("Chương trình 02 của Tổng Liên đoàn về thực hiện Nghị quyết", "2022", {"02/CTr-BCH"}),
        ("Chương trình 02 được triển khai", "2019", set()),  # before the TLĐ programme existed
        ("Tổng kết Chương trình “1 triệu sáng kiến” (gọi tắt là Chương trình 1 triệu sáng kiến)", "2023", set()),
        ("về đích Kế hoạch 05 năm 2021 - 2025", "2025", set()),
        ("Điện thoại: 0299.3822.123, ngày 12/6/2021, tháng 7/2021, quý IV/2023", "2023", set()),
        ("Nghị định số 135/2020/NĐ-CP và Nghị định 191", "2021", {"135/2020/NĐ-CP"}),
        ("Nghị quyết số 68 ngày 01/7/2021 của Chính phủ (Nghị quyết số 68)", None, {"68/NQ-CP"}),
        ("Nghị quyết số 68 về phát triển kinh tế tư nhân", "2025-06", {"68-NQ/TW"}),
        ("Chỉ thị 05 của Thủ tướng Chính phủ", "2025-04", {"05/CT-TTg"}),
        ("Chỉ thị 05 về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "2019", {"05-CT/TW"}),
        ("Chỉ thị 03 của Tổng LĐLĐ Việt Nam", "2020", {"03/CT-TLĐ"}),
        ("Nghị quyết 6b/NQ-TLĐ về công tác vận động nữ công nhân, viên chức, lao động", "2020", {"6b/NQ-BCH"}),
        ("Nghị quyết 06b/NQ-TLĐ về nâng cao chất lượng, hiệu quả hoạt động ủy ban kiểm tra công đoàn", "2016", {"06b/NQ-TLĐ"}),
        ("dự thảo Luật Công đoàn (sửa đổi) được thảo luận", "2024-10-24", set()),
        ("Luật Công đoàn (sửa đổi) có hiệu lực", "2025-07-02", {"50/2024/QH15"}),
        ("Căn cứ Luật Công đoàn; Điều lệ Công đoàn Việt Nam", "2014-03", {"12/2012/QH13", "DL-XI-CDVN"}),
        ("Trung tâm tư vấn pháp luật Công đoàn tỉnh", "2022", set()),
        ("Nghị quyết Trung ương 6 khóa X về giai cấp công nhân", None, {"20-NQ/TW"}),
        ("Nghị quyết T.Ư 4, khóa XI: “Một số vấn đề cấp bách về xây dựng Đảng hiện nay”", None, {"12-NQ/TW"}),
        ("Nghị quyết Trung ương 6 khóa XII", None, set()),  # three resolutions of that plenum
        ("Trong Kết luận số 178 ban hành ngày 17/7 về sắp xếp bộ máy", "2025-07", {"178-KL/TW"}),
    ],
)
def test_short_forms_names_and_look_alikes(text, date, expected):
    assert ids(text, date) == expected


@pytest.mark.parametrize(
    "text, date, province, expected",
    [
        ("Thực hiện Nghị quyết Đại hội XIII, các cấp công đoàn", "2022-05", None, {"DH-XIII-DANG@2021"}),
        ("Thực hiện Nghị quyết Đại hội XIII, các cấp công đoàn", "2024-05", None, set()),  # Party's or union's
        ("Thực hiện Nghị quyết Đại hội XIII, các cấp công đoàn", None, None, set()),
        ("Nghị quyết Đại hội XIII Công đoàn Việt Nam", "2024-05", None, {"DH-XIII-CDVN@2023"}),
        ("Nghị quyết Đại hội XIII của Đảng", "2024-05", None, {"DH-XIII-DANG@2021"}),
        ("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", None, None, {"DH-XIII-DANG@2021"}),
        ("kết quả thực hiện Nghị quyết Đại hội XIII giai đoạn 2023-2025", "2025-11", None, {"DH-XIII-CDVN@2023"}),
        ("Nghị quyết Đại hội XIII Công đoàn Việt Nam", "2023-06", None, set()),  # held in December 2023
        ("Nghị quyết Đại hội XIII Đảng bộ tỉnh Nghệ An", "2022", "Nghệ An", set()),
        ("Nghị quyết Đại hội Công đoàn tỉnh lần thứ XIII", "2023-09", "Bình Định", {"DH-XIII-CD-BINHDINH@2018"}),
        ("Nghị quyết Đại hội Công đoàn tỉnh lần thứ XIII", "2023-09", "Nghệ An", set()),
        ("Nghị quyết Đại hội lần thứ 10 Công đoàn tỉnh Bình Dương nhiệm kỳ 2018-2023", "2023", None, {"DH-X-CD-BINHDUONG@2018"}),
        ("Nghị quyết Đại hội Công đoàn Việt Nam, nhiệm kỳ 2018 - 2023", None, None, {"DH-XII-CDVN@2018"}),
        ("Nghị Đại hội Công đoàn Việt Nam thể hiện ý chí", "2019-01", None, {"DH-XII-CDVN@2018"}),
        ("nhiệm vụ do Đại hội XI Công đoàn Việt Nam đề ra", "2018", None, {"DH-XI-CDVN@2013"}),
        ("khai mạc Đại hội XII Công đoàn Việt Nam", "2018-09", None, set()),  # the event, not a resolution
        ("dự thảo Văn kiện Đại hội XIV của Đảng", "2025", None, set()),
        ("Nghị quyết Đại hội XIV của Đảng", "2026-01-20", None, set()),  # before the congress closed
    ],
)
def test_congress_resolutions(text, date, province, expected):
    assert keys(text, date, province) == expected


@pytest.mark.parametrize(
    "text, date, expected",
    [
        ("Nghị quyết số 20-NQ/TW ngày 28/01/2008 về giai cấp công nhân", None, "20-NQ/TW@2008"),
        ("Nghị quyết 20/NQ-TW ngày 25/10/2017 về sức khỏe nhân dân", None, "20-NQ/TW@2017"),
        ("Nghị quyết số 20-NQ/TW của Ban Chấp hành Trung ương Đảng khóa X", None, "20-NQ/TW@2008"),
        ("Nghị quyết số 20-NQ/TW về tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân", None, "20-NQ/TW@2017"),
        ("tổng kết 10 năm thực hiện Nghị quyết số 20-NQ/TW", "2018-11-21", "20-NQ/TW@2008"),
        ("Tổng kết 10 năm thực hiện Nghị quyết 20", "2018-11-21", "20-NQ/TW@2008"),
        ("Nghị quyết số 20-NQ/TW", "2010", "20-NQ/TW@2008"),
        ("Nghị quyết số 18-NQ/TW", "2023", "18-NQ/TW@2017"),
        ("Nghị quyết số 02/NQ-CP", "2026-01-21", "02/NQ-CP@2026"),
        ("Số: 02/NQ-CP Hà Nội, ngày 08 tháng 01 năm 2025", None, "02/NQ-CP@2025"),
        ("Chỉ thị số 22-CT/TW ngày 5-6-2018 của Ban Bí thư", "2019", "22-CT/TW@2008"),  # misprinted year
    ],
)
def test_party_numbers_restart_each_term(text, date, expected):
    assert keys(text, date) == {expected}


def test_provincial_codes_resolve_to_the_province():
    text = "Chương trình số 13-CTr/TU của Ban Thường vụ Tỉnh ủy"
    assert keys(text, "2022-02-24", "Sóc Trăng") == {"13-CTr/TU@2021#Sóc Trăng"}
    assert keys(text + " Sóc Trăng", "2022-02-24", None) == {"13-CTr/TU@2021#Sóc Trăng"}
    other = tag_resolutions(text, published="2022-02-24", province="Bạc Liêu")
    assert [(t.id, t.key, t.discovered is not None) for t in other] == [("13-CTr/TU", "13-CTr/TU@2022#Bạc Liêu", True)]


def test_documents_outside_the_catalog_are_tagged_by_code():
    [found] = tag_resolutions("Kế hoạch số 45/KH-LĐLĐ ngày 3/3/2023 của LĐLĐ huyện", published="2023-03-10", province="Hà Nam")
    assert (found.id, found.key, found.method) == ("45/KH-LĐLĐ", "45/KH-LĐLĐ@2023#Hà Nam", "exact")
    assert found.discovered["code"] == "45/KH-LĐLĐ" and found.discovered["province"] == "Hà Nam"


def test_every_tag_carries_code_key_title_evidence_offsets_and_method():
    text = ("Thực hiện Nghị quyết số 02-NQ/TW của Bộ Chính trị (Nghị quyết 02), Nghị quyết Đại hội XIII "
            "Công đoàn Việt Nam và Luật Công đoàn năm 2012.")
    out = tag_record({"id": "a", "text": text, "date": "2024-03-01"}, [])["resolutions"]
    assert [(t["id"], t["method"]) for t in out] == [
        ("02-NQ/TW", "exact"), ("DH-XIII-CDVN", "congress"), ("12/2012/QH13", "name")]
    for t in out:
        assert set(t) >= {"id", "key", "title", "evidence", "start", "end", "method"} and t["title"]
        assert text[t["start"] : t["end"]] == t["evidence"]


def test_offsets_point_into_the_text_as_given():
    raw = ("Tiêu đề\r\n\r\n  Thực hiện  Nghị\u00a0quyết số 02-\nNQ/TW  của Bộ Chính trị.\n\n"
           + unicodedata.normalize("NFD", "Chỉ thị 05-CT/TW và Nghị quyết Đại hội XIII Công đoàn Việt Nam"))
    out = tag_record({"id": 1, "text": raw, "date": "2024"}, [])["resolutions"]
    assert [t["id"] for t in out] == ["02-NQ/TW", "05-CT/TW", "DH-XIII-CDVN"]
    for t in out:
        assert raw[t["start"] : t["end"]] == t["evidence"]
    assert out[0]["evidence"] == "02-\nNQ/TW"


def test_title_tags_have_no_offsets_into_the_text():
    result = tag("Hội nghị diễn ra sáng nay.", title="Quán triệt Nghị quyết số 57-NQ/TW", published="2025-02")
    assert [(t.id, t.start, t.end) for t in result.resolutions] == [("57-NQ/TW", None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng ký Quyết định số 17/2022/QĐ-TTg ngày 5/8/2022 về hỗ trợ tiền thuê nhà. Theo Quyết định 17/QĐ-TTg, "
        "mỗi công nhân được nhận 500.000 đồng mỗi tháng.",
        "Công nhân được hỗ trợ tiền thuê nhà theo Quyết định 17/QĐ-TTg (Quyết định số 17/2022/QĐ-TTg ngày 5/8/2022).",
    ],
)
def test_a_shortened_repeat_is_the_document_cited_in_full(text):
    assert ids(text, "2022-09-01") == {"17/2022/QĐ-TTg"}


def test_a_code_without_the_year_stays_apart_from_another_document():
    text = "Quyết định số 17/2022/QĐ-TTg ngày 5/8/2022 và Quyết định 17/QĐ-UBND của tỉnh"
    assert ids(text, "2022-09-01", "Nam Định") == {"17/2022/QĐ-TTg", "17/QĐ-UBND"}


@pytest.mark.parametrize(
    "text, date",
    [
        ("Chính phủ vừa ban hành Nghị quyết về những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh, "
         "nâng cao năng lực cạnh tranh quốc gia năm 2023.", "2023-01-20"),
        ("Hằng năm, Chính phủ ra Nghị quyết về những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh, "
         "nâng cao năng lực cạnh tranh quốc gia.", "2023-01-20"),
    ],
)
def test_a_recurring_title_does_not_name_another_years_document(text, date):
    assert ids(text, date) == set()


def test_a_recurring_title_with_its_own_years_names_its_document():
    text = ("Chính phủ ban hành Nghị quyết về những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh, "
            "nâng cao năng lực cạnh tranh quốc gia hai năm 2016 - 2017, định hướng đến năm 2020.")
    assert keys(text, "2016-06-20") == {"19/2016/NQ-CP@2016"}


@pytest.mark.parametrize(
    "date, expected",
    [("2023-02-15", "02/NQ-CP@2023"), ("2025-03-01", "02/NQ-CP@2025"), ("2026-02-01", "02/NQ-CP@2026")],
)
def test_a_yearly_state_number_without_a_date_is_the_issue_of_the_articles_year(date, expected):
    text = "Chính phủ đã ban hành Nghị quyết số 02/NQ-CP về cải thiện môi trường kinh doanh."
    assert keys(text, date) == {expected}
