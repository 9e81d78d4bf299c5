"""On a procuracy's site (enrich/data/site_bodies.csv), a "Công đoàn" written bare after a union body's word ("BCH
Công đoàn", "Chủ tịch Công đoàn"; group ``site_union``) is the procuracy's grassroots union, named in full with the
province the page gives ("Công đoàn cơ sở Viện kiểm sát nhân dân tỉnh Bến Tre"), as a union written "Công đoàn cơ sở
Viện kiểm sát" there is; elsewhere, or without a body's word before it, it stays unread. Every sentence here is
composed for the test."""

from enrich.stream import tag_record

SITE = "https://vksbentre.gov.vn/index.php/cong-oan/1045-hop-mat"


def _units(text: str, url: str) -> list[tuple[str, str, str | None]]:
    record = {"id": "x", "text": text, "date": "2016-03-04", "url": url}
    return sorted((u["name"], u["level"], u["province"]) for u in tag_record(record, [])["units"]
                  if u["role"] != "publisher")


def test_the_procuracy_s_union_after_its_committee() -> None:
    text = ("Được sự cho phép của Lãnh đạo Viện, ngày 04/3/2016 BCH Công đoàn và Ban nữ công phối hợp tổ chức các hoạt "
            "động kỷ niệm Ngày quốc tế phụ nữ 8/3.")
    assert _units(text, SITE) == [("Công đoàn cơ sở Viện kiểm sát nhân dân tỉnh Bến Tre", "grassroots", "Bến Tre")]


def test_without_a_body_s_word_nothing() -> None:
    text = "Ngày 04/3/2016, các hoạt động nghiệp vụ Công đoàn được tổ chức sôi nổi."
    assert _units(text, SITE) == []


def test_on_another_site_nothing() -> None:
    text = "Ngày 04/3/2016 BCH Công đoàn và Ban nữ công phối hợp tổ chức các hoạt động kỷ niệm Ngày quốc tế phụ nữ 8/3."
    assert _units(text, "https://baobentre.vn/tin-tuc/hop-mat") == []
