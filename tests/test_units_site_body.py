"""A body's union written bare on the body's own site ("Công đoàn cơ sở Viện kiểm sát" on a procuracy's portal) is the
union of the body named in full, with the province the page gives: from the source's own name, or, with no source,
from the host (enrich/data/site_bodies.csv) and the province the passage places the union in."""

from enrich import tag
from enrich.stream import tag_record
from enrich.units import SourceContext


def _units(text: str, url: str) -> list[tuple[str, str, str | None]]:
    record = {"id": "x", "text": text, "date": "2019-04-10", "url": url}
    return sorted((u["name"], u["level"], u["province"]) for u in tag_record(record, [])["units"]
                  if u["role"] != "publisher")


TEXT = ("Thực hiện kế hoạch của Công đoàn Viên chức tỉnh Sóc Trăng, sáng ngày 8/4/2019, Công đoàn cơ sở Viện kiểm sát "
        "đã tổ chức hội nghị cán bộ, công chức năm 2019.")


def test_a_bare_procuracy_union_on_the_procuracy_s_host_is_named_in_full() -> None:
    assert ("Công đoàn cơ sở Viện kiểm sát nhân dân tỉnh Sóc Trăng", "grassroots", "Sóc Trăng") in _units(
        TEXT, "https://vienkiemsatst.gov.vn/2019/04/10/hoi-nghi-can-bo/")
    assert ("Công đoàn cơ sở Viện kiểm sát nhân dân tỉnh Sóc Trăng", "grassroots", "Sóc Trăng") in _units(
        TEXT, "https://vkssoctrang.gov.vn/tin-tuc/hoi-nghi")  # the host names the body and the province


def test_the_same_sentence_on_another_host_stays_as_written() -> None:
    assert ("Công đoàn cơ sở Viện kiểm sát", "grassroots", "Sóc Trăng") in _units(
        TEXT, "https://tintuc.example.vn/2019/04/10/hoi-nghi/")


def test_no_province_no_completion() -> None:
    text = "Sáng ngày 8/4/2019, Công đoàn cơ sở Viện kiểm sát đã tổ chức hội nghị cán bộ, công chức năm 2019."
    assert [n for n, _, _ in _units(text, "https://vienkiemsatst.gov.vn/2019/04/10/hoi-nghi/")] == [
        "Công đoàn cơ sở Viện kiểm sát"]


def test_a_source_s_own_name_completes_the_body_cut_before_its_lower_case_words() -> None:
    source = SourceContext("Viện kiểm sát nhân dân tỉnh Vĩnh Long", "grassroots", "Vĩnh Long")
    text = "Sáng ngày 8/4/2019, Công đoàn cơ sở Viện kiểm sát đã tổ chức hội nghị cán bộ, công chức năm 2019."
    units = tag(text, source=source, published="2019-04-10").units
    assert [(u.name, u.province) for u in units if u.role != "publisher"] == [
        ("Công đoàn cơ sở Viện kiểm sát nhân dân tỉnh Vĩnh Long", "Vĩnh Long")]
