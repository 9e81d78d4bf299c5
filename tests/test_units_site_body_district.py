"""On a procuracy's site (enrich/data/site_bodies.csv), a union of the body written bare ("Công đoàn cơ sở Viện kiểm
sát") is the union of the one procuracy the passage names with its place: a district's or a town's ("Viện kiểm sát
nhân dân thị xã Tân Châu" in the title, "VKSND huyện X" spelt short) where the passage names that one, the province's
only where it names none or several. Every sentence here is composed for the test."""

from enrich.stream import tag_record

URL = "https://vks.angiang.gov.vn/luu-tru/hop-mat-nu-cong-chuc"


def _grassroots(text: str, title: str | None = None) -> list[tuple[str, str | None]]:
    record = {"id": "x", "text": text, "title": title, "date": "2023-03-08", "url": URL}
    return sorted((u["name"], u["province"]) for u in tag_record(record, [])["units"]
                  if u["role"] != "publisher" and u["level"] == "grassroots")


BODY = "Chiều ngày 08/3/2023, Công đoàn cơ sở Viện kiểm sát tổ chức họp mặt cho toàn thể công chức tại đơn vị."


def test_the_town_s_procuracy_the_title_names() -> None:
    title = "Nữ công chức Viện kiểm sát nhân dân thị xã Tân Châu hưởng ứng tuần lễ Áo dài"
    assert _grassroots(BODY, title) == [("Công đoàn cơ sở Viện kiểm sát nhân dân thị xã Tân Châu", "An Giang")]


def test_a_district_s_procuracy_written_short() -> None:
    text = "Đồng chí Viện trưởng VKSND huyện Chợ Mới dự. " + BODY
    assert _grassroots(text) == [("Công đoàn cơ sở Viện kiểm sát nhân dân huyện Chợ Mới", "An Giang")]


def test_none_named_the_province_s() -> None:
    assert _grassroots(BODY) == [("Công đoàn cơ sở Viện kiểm sát nhân dân tỉnh An Giang", "An Giang")]


def test_two_named_the_province_s() -> None:
    text = "Viện kiểm sát nhân dân thị xã Tân Châu và Viện kiểm sát nhân dân huyện Chợ Mới cùng dự. " + BODY
    assert _grassroots(text) == [("Công đoàn cơ sở Viện kiểm sát nhân dân tỉnh An Giang", "An Giang")]
