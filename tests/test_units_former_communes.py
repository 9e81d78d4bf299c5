"""A bare district union on a provincial union's portal, completed from the communes the passage names as they were
before 1 July 2025 (enrich/unitcommunes.py, enrich/data/communes_former.csv): every commune written with its type, or
listed after one, lies in one district of the page's province. Every sentence here is composed for the test, with
communes of Nghệ An (Con Cuông: Cam Lâm, Lạng Khê, Mậu Đức, Môn Sơn; Tân Kỳ: Giai Xuân, Nghĩa Thái, also a commune of
Nam Đàn, and Kỳ Sơn, a commune named as the district Kỳ Sơn is; Anh Sơn: Thọ Sơn)."""

from __future__ import annotations

import csv

from enrich.catalog import DATA
from enrich.unitcommunes import former_communes
from enrich.units import SourceContext
from tests import unit_tags

NGHE_AN = SourceContext("Liên đoàn Lao động tỉnh Nghệ An", "province", "Nghệ An", unit_id="ldld-nghe-an")
CON_CUONG = ("Liên đoàn Lao động huyện Con Cuông", "district", "Nghệ An")
TAN_KY = ("Liên đoàn Lao động huyện Tân Kỳ", "district", "Nghệ An")
CHECK = ("LĐLĐ huyện tiến hành kiểm tra, chấm điểm 20 công đoàn cơ sở trường học. Qua kiểm tra, các công đoàn cơ sở "
         "thực hiện nghiêm túc hướng dẫn của LĐLĐ huyện.")


def districts(text: str, date: str | None = "2023-05-20") -> set[tuple[str, str, str | None]]:
    return {u for u in unit_tags.units(text, source=NGHE_AN, date=date) if u[1] == "district"}


def test_two_communes_of_one_district_complete_it() -> None:
    assert districts("Kiểm tra trên địa bàn xã Cam Lâm và Lạng Khê\n" + CHECK) == {CON_CUONG}


def test_a_list_of_communes_after_the_plural() -> None:
    text = "Liên đoàn Lao động huyện thăm công nhân các xã Cam Lâm, Lạng Khê, Mậu Đức bị ảnh hưởng bởi lũ."
    assert districts(text) == {CON_CUONG}


def test_one_commune_written_with_its_type() -> None:
    text = "Ngày 12/4, LĐLĐ huyện phối hợp với Đảng ủy xã Giai Xuân tổ chức trao Mái ấm Công đoàn."
    assert districts(text) == {TAN_KY}


def test_one_commune_of_a_name_two_districts_have_completes_nothing() -> None:
    text = "Ngày 12/4, LĐLĐ huyện phối hợp với Đảng ủy xã Nghĩa Thái tổ chức trao Mái ấm Công đoàn."
    assert districts(text) == set()


def test_communes_of_two_districts_complete_nothing() -> None:
    assert districts("Kiểm tra trên địa bàn xã Cam Lâm và Nghĩa Thái\n" + CHECK) == set()


def test_a_commune_named_as_another_district_is_the_commune() -> None:
    """"xã Kỳ Sơn" is a commune of Tân Kỳ, not the district of Kỳ Sơn; with it, Nghĩa Thái is Tân Kỳ's."""
    assert districts("Kiểm tra trên địa bàn xã Kỳ Sơn và Nghĩa Thái\n" + CHECK) == {TAN_KY}


def test_a_person_named_as_another_district_s_commune_is_no_commune() -> None:
    """Thọ Sơn is a commune of Anh Sơn; here it is a person's name, written without a commune's type."""
    text = ("Đoàn công tác của LĐLĐ huyện do đồng chí Lương Thọ Sơn dẫn đầu đã đến thăm công nhân xã Cam Lâm và Lạng "
            "Khê.")
    assert districts(text) == {CON_CUONG}


def test_a_typed_name_of_no_former_commune_of_the_province_completes_nothing() -> None:
    text = "Đoàn công tác của LĐLĐ huyện đã đến thăm công nhân xã Cam Lâm và học tập kinh nghiệm tại xã Tân Thông Hội."
    assert districts(text) == set()


def test_a_district_the_passage_names_comes_first() -> None:
    text = "LĐLĐ huyện Anh Sơn kiểm tra trên địa bàn xã Cam Lâm và Lạng Khê. Qua kiểm tra, LĐLĐ huyện đánh giá cao."
    assert districts(text) == {("Liên đoàn Lao động huyện Anh Sơn", "district", "Nghệ An")}


def test_undated_the_communes_must_be_written_as_before() -> None:
    """Cam Lâm and Lạng Khê are no communes after the reform; Môn Sơn still is one (communes.csv)."""
    assert districts("Kiểm tra trên địa bàn xã Cam Lâm và Lạng Khê\n" + CHECK, date=None) == {CON_CUONG}
    assert districts("Kiểm tra trên địa bàn xã Cam Lâm và Môn Sơn\n" + CHECK, date=None) == set()
    assert districts("Kiểm tra trên địa bàn xã Cam Lâm và Môn Sơn\n" + CHECK) == {CON_CUONG}


def test_the_file_is_read_on_first_use_only() -> None:
    """Loading the tagger does not read the former communes; a passage with no bare district union neither."""
    former_communes.cache_clear()
    unit_tags.units("Liên đoàn Lao động huyện Con Cuông thăm công nhân xã Cam Lâm.", source=NGHE_AN, date="2023-05-20")
    assert former_communes.cache_info().currsize == 0
    districts("Kiểm tra trên địa bàn xã Cam Lâm và Lạng Khê\n" + CHECK)
    assert former_communes.cache_info().currsize == 1


def test_every_former_commune_lies_in_a_listed_district_of_its_province() -> None:
    with (DATA / "districts.csv").open(encoding="utf-8", newline="") as fh:
        listed = {(row["code"], row["province_id"]) for row in csv.DictReader(fh)}
    with (DATA / "communes_former.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len({row["code"] for row in rows}) > 10_000
    assert {row["type"] for row in rows} == {"xã", "phường", "thị trấn"}
    assert all((row["district_code"], row["province"]) in listed for row in rows)
