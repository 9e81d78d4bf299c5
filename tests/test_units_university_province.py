"""A university, academy or college whose own name ends with its province lies there whatever other units the
passage places (enrich/unitplaces.py ``university_province``); a school below them is left to the passage."""

from enrich import tag


def places(text: str, published: str = "2024-05-01") -> list[tuple[str, str | None]]:
    return sorted((u.name, u.province) for u in tag(text, published=published).units)


def test_universities_named_after_their_cities_beside_another_citys() -> None:
    assert places("Hội nghị có Công đoàn Trường Đại học Y Dược Cần Thơ và Công đoàn Trường Đại học Y Dược Hải Phòng "
                  "tham dự.") == [("Công đoàn Trường Đại học Y Dược Cần Thơ", "Cần Thơ"),
                                  ("Công đoàn Trường Đại học Y Dược Hải Phòng", "Hải Phòng")]


def test_a_university_of_a_merged_province_lies_in_the_province_it_joined_after_the_reform() -> None:
    text = "Công đoàn Trường Đại học Y Dược Cần Thơ và Công đoàn Trường Đại học Y Dược Thái Bình ký kết hợp tác."
    assert places(text, "2025-09-01") == [("Công đoàn Trường Đại học Y Dược Cần Thơ", "Cần Thơ"),
                                          ("Công đoàn Trường Đại học Y Dược Thái Bình", "Hưng Yên")]
    assert places(text, "2024-09-01")[1] == ("Công đoàn Trường Đại học Y Dược Thái Bình", "Thái Bình")


def test_a_school_named_after_a_province_stays_in_the_passages_province() -> None:
    assert places("Công đoàn Trường THCS Thái Nguyên tổ chức đại hội cùng Liên đoàn Lao động tỉnh Khánh Hòa.") == [
        ("Công đoàn Trường THCS Thái Nguyên", "Khánh Hòa"), ("Liên đoàn Lao động tỉnh Khánh Hòa", "Khánh Hòa")]


def test_a_university_named_after_the_one_word_city_of_hue_lies_there_before_and_after_its_change() -> None:
    text = "Công đoàn Trường Đại học Y Dược Huế và Liên đoàn Lao động tỉnh Quảng Trị ký kết."
    assert places(text, "2025-09-01")[0] == ("Công đoàn Trường Đại học Y Dược Huế", "Huế")
    assert places(text, "2024-09-01")[0] == ("Công đoàn Trường Đại học Y Dược Huế", "Thừa Thiên Huế")
