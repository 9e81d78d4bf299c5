"""The unit eval's name matching: forms of one name that the labels write both ways agree."""

from __future__ import annotations

from tests.eval.units import body_key, match_bodies, name_key


def test_a_companys_legal_form_short_or_spelt_out_is_one_name() -> None:
    assert name_key("Công đoàn Công ty CP Cảng Hải Phòng") == name_key("Công đoàn Công ty Cổ phần Cảng Hải Phòng")
    assert name_key("CĐ Công ty TNHH MTV Cao su Chư Pah") == name_key(
        "CĐ Công ty Trách nhiệm hữu hạn Một thành viên Cao su Chư Pah")
    assert name_key("Công đoàn Cty CP Phân bón Miền Nam") == name_key("Công đoàn Công ty cổ phần Phân bón Miền Nam")


def test_the_legal_form_is_read_as_a_whole_word_only() -> None:
    assert name_key("Công đoàn Công ty CPC Miền Trung") != name_key("Công đoàn Công ty Cổ phầnC Miền Trung")
    assert name_key("Công đoàn Công ty CP Cảng Hải Phòng") != name_key("Công đoàn Công ty CP Cảng Sài Gòn")
    assert "co phan" not in name_key("Công đoàn Trường Tiểu học Lý Tự Trọng")


def test_the_earlier_foldings_still_hold() -> None:
    assert name_key("LĐLĐ TP Cần Thơ") == name_key("LĐLĐ thành phố Cần Thơ")
    assert name_key("Công đoàn ngành Y tế tỉnh Bến Tre") == name_key("Công đoàn Y tế Bến Tre")


def test_the_syllable_qui_or_quy_is_one_name() -> None:
    assert name_key("Liên đoàn Lao động huyện Phú Quí") == name_key("Liên đoàn Lao động huyện Phú Quý")
    assert name_key("Liên đoàn Lao động thành phố Qui Nhơn") == name_key("Liên đoàn Lao động thành phố Quy Nhơn")
    assert name_key("Liên đoàn Lao động huyện Phú Quý") != name_key("Liên đoàn Lao động huyện Phú Quốc")


def test_an_abbreviation_the_tagger_spells_out_is_one_name_with_its_spelling() -> None:
    assert name_key("Công đoàn GTVT Việt Nam") == name_key("Công đoàn Giao thông vận tải Việt Nam")
    assert name_key("Công đoàn cơ sở VKSND tỉnh Vĩnh Phúc") == name_key(
        "Công đoàn cơ sở Viện kiểm sát nhân dân tỉnh Vĩnh Phúc")
    assert name_key("Công đoàn cơ sở trường TH Vĩnh Bình Bắc 4") == name_key(
        "Công đoàn cơ sở Trường Tiểu học Vĩnh Bình Bắc 4")
    assert name_key("Công đoàn BHXH tỉnh Quảng Trị") == name_key("Công đoàn Bảo hiểm xã hội tỉnh Quảng Trị")


def test_an_abbreviation_is_read_as_a_whole_word_only() -> None:
    assert name_key("Công đoàn Công ty GTVTX") != name_key("Công đoàn Công ty Giao thông vận tảiX")
    assert name_key("Công đoàn Trường THCS Lê Lợi") != name_key("Công đoàn Trường Tiểu học Lê Lợi")


def test_a_departments_short_name_and_its_spelt_out_name_are_one_name() -> None:
    assert name_key("Công đoàn cơ sở Sở KH&CN tỉnh Cao Bằng") == name_key(
        "Công đoàn cơ sở Sở Khoa học và Công nghệ tỉnh Cao Bằng")
    assert name_key("Công đoàn Sở LĐ-TB&XH tỉnh Bến Tre") == name_key(
        "Công đoàn Sở Lao động - Thương binh và Xã hội tỉnh Bến Tre")
    assert name_key("Công đoàn Sở VH-TT&DL tỉnh Gia Lai") == name_key("Công đoàn Sở Văn hóa, Thể thao và Du lịch tỉnh Gia Lai")
    assert name_key("Công đoàn Sở KH&CN tỉnh Cao Bằng") != name_key("Công đoàn Sở KH&ĐT tỉnh Cao Bằng")


def test_a_companys_form_after_a_dash_at_the_end_is_optional() -> None:
    assert name_key("Công đoàn Tổng công ty Lương thực Miền Nam – CTCP") == name_key(
        "Công đoàn Tổng công ty Lương thực Miền Nam")
    assert name_key("Công đoàn Tổng công ty Lương thực Miền Nam - CTCP") == name_key(
        "Công đoàn Tổng công ty Lương thực Miền Nam")
    assert name_key("Công đoàn Công ty Than Hà Lầm - Vinacomin") != name_key("Công đoàn Công ty Than Hà Lầm")
    assert name_key("Công đoàn Tổng công ty CTCP Miền Nam") != name_key("Công đoàn Tổng công ty Miền Nam")



def test_a_bodys_union_with_or_without_its_own_province_is_one_unit() -> None:
    def unit(name: str, province: str | None, level: str = "grassroots") -> dict:
        return {"name": name, "province": province, "level": level}

    def matched(got: dict, want: dict) -> bool:
        want_keys = {name_key(want["name"]): want}
        return set(match_bodies({name_key(got["name"]): got}, want_keys)) == set(want_keys)

    written = "Công đoàn cơ sở Sở Tài nguyên và Môi trường"
    assert matched(unit(written + " tỉnh Điện Biên", "Điện Biên"), unit(written, "Điện Biên"))
    assert matched(unit(written, "Điện Biên"), unit(written + " tỉnh Điện Biên", "Điện Biên"))
    assert matched(unit("CĐCS Văn phòng Sở Y tế tỉnh Quảng Ninh", "Quảng Ninh"), unit("Công đoàn Văn phòng Sở Y tế", "Quảng Ninh"))
    assert matched(unit("Công đoàn Sở Giao thông vận tải Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
                   unit("Công đoàn Sở Giao thông vận tải", "Hồ Chí Minh"))
    assert not matched(unit(written + " tỉnh Điện Biên", "Điện Biên"), unit(written, "Lai Châu"))
    assert not matched(unit(written + " tỉnh Lai Châu", "Lai Châu"), unit(written + " tỉnh Điện Biên", "Điện Biên"))
    assert not matched(unit(written + " tỉnh Lai Châu", "Điện Biên"), unit(written, "Điện Biên"))
    assert not matched(unit("Công đoàn Trường tỉnh Điện Biên", "Điện Biên"), unit("Công đoàn Trường", "Điện Biên"))
    assert not matched(unit("Công đoàn Viên chức tỉnh Điện Biên", "Điện Biên", "sector"),
                       unit("Công đoàn Viên chức", "Điện Biên", "sector"))
    assert body_key(unit(written, None)) != body_key(unit(written + " tỉnh Điện Biên", None))
