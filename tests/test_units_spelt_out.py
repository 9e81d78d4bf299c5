"""An institution's abbreviation inside a grassroots name is spelt out where the data knows it, not the
social policy bank's "NHCSXH" inside another name (the labels keep it as written)."""

import pytest

from enrich import tag


def names(text: str) -> list[str]:
    return [u.name for u in tag(title="", text=text).units]


@pytest.mark.parametrize("text, name", [
    ("Công đoàn cơ sở Viện KSND huyện Cái Nước tổ chức đại hội nhiệm kỳ mới.",
     "Công đoàn cơ sở Viện kiểm sát nhân dân huyện Cái Nước"),
    ("Công đoàn Văn phòng BHXH tỉnh Nghệ An trao quà cho đoàn viên.", "Công đoàn Văn phòng Bảo hiểm xã hội tỉnh Nghệ An"),
    ("Chủ tịch Công đoàn cơ sở BHXH huyện Yên Sơn phát biểu tại hội nghị.",
     "Công đoàn cơ sở Bảo hiểm xã hội huyện Yên Sơn"),
    ("Công đoàn Cảng HKQT Cam Ranh tổ chức hội thao chào mừng ngày thành lập.",
     "Công đoàn Cảng hàng không quốc tế Cam Ranh"),
])
def test_the_abbreviation_is_spelt_out(text: str, name: str) -> None:
    assert name in names(text)


def test_the_social_policy_bank_stays_as_written() -> None:
    assert "Công đoàn cơ sở Hội sở chính NHCSXH" in names("Công đoàn cơ sở Hội sở chính NHCSXH tổ chức hội nghị.")


def test_an_acronym_the_passage_defines_after_an_organisations_name_is_that_organisation() -> None:
    text = ("Sáng 1/11, tại sân bóng đá Trường Đại học Kinh tế – Kỹ thuật Bình Dương (BETU), Công đoàn cơ sở BETU đã tổ "
            "chức hội thao.")
    assert names(text) == ["Công đoàn cơ sở Trường Đại học Kinh tế – Kỹ thuật Bình Dương"]
    text = "Tại hội trường Công ty Cổ phần Dệt may Gia Định (GDT), Công đoàn cơ sở GDT trao 50 suất quà cho công nhân."
    assert names(text) == ["Công đoàn cơ sở Công ty Cổ phần Dệt may Gia Định"]


def test_an_acronym_defined_after_no_organisations_name_or_not_defined_stays_as_written() -> None:
    assert names("Công đoàn cơ sở BETU đã tổ chức hội thao.") == ["Công đoàn cơ sở BETU"]
    assert names("Trên Sân vận động Thống Nhất (SVĐ), Công đoàn cơ sở SVĐ tổ chức hội thao.") == ["Công đoàn cơ sở SVĐ"]
