"""Central bodies placed in a province: a central hospital named after its province lies there, an institute the
gazetteer places (institutions.csv) too, whatever other unit the passage places; a bare "Công đoàn ngành Y tế" on a
page no source places, in a passage naming the sector's central union, is that union, not the union of the
province of a hospital the passage names."""

from enrich import tag
from enrich.units import SourceContext


def units(text: str, source: SourceContext | None = None) -> list[tuple[str, str, str | None]]:
    return sorted((u.name, u.level, u.province) for u in tag(text, published="2016-01-10", source=source).units
                  if u.role != "publisher")


def test_a_central_hospital_named_after_its_province() -> None:
    text = ("Công đoàn cơ sở Bệnh viện Bạch Mai và Công đoàn cơ sở Bệnh viện đa khoa Trung ương Thái Nguyên nhận Cờ "
            "thi đua; Công đoàn cơ sở Bệnh viện Trung ương Quảng Nam nhận Bằng khen.")
    assert units(text) == [
        ("Công đoàn cơ sở Bệnh viện Bạch Mai", "grassroots", "Hà Nội"),
        ("Công đoàn cơ sở Bệnh viện Trung ương Quảng Nam", "grassroots", "Quảng Nam"),
        ("Công đoàn cơ sở Bệnh viện đa khoa Trung ương Thái Nguyên", "grassroots", "Thái Nguyên")]


def test_an_institute_the_gazetteer_places() -> None:
    text = ("Các tham luận của Công đoàn cơ sở Viện Y học biển với phong trào bám biển; Công đoàn cơ sở Bệnh viện Bạch "
            "Mai về đổi mới phong cách phục vụ.")
    assert ("Công đoàn cơ sở Viện Y học biển", "grassroots", "Hải Phòng") in units(text)


def test_a_bare_sector_union_beside_its_central_union() -> None:
    text = ("Hội nghị nghe báo cáo sơ kết Đại hội XII Công đoàn Y tế Việt Nam và tham luận của Công đoàn cơ sở Bệnh viện "
            "Bạch Mai. Công đoàn ngành Y tế đã trao Cờ thi đua cho 07 Công đoàn cơ sở.")
    assert units(text) == [("Công đoàn Y tế Việt Nam", "sector", None),
                           ("Công đoàn cơ sở Bệnh viện Bạch Mai", "grassroots", "Hà Nội")]


def test_a_bare_sector_union_on_a_provinces_page_stays_the_provinces() -> None:
    text = "Công đoàn ngành Y tế nhận Cờ thi đua của Công đoàn Y tế Việt Nam."
    nghe_an = SourceContext("Liên đoàn Lao động tỉnh Nghệ An", "province", "Nghệ An")
    assert ("Công đoàn ngành Y tế tỉnh Nghệ An", "sector", "Nghệ An") in units(text, nghe_an)
