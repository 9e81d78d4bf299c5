""""tổ chức Công đoàn <province>" is the organisation in the province as a whole, no unit of its own (b38u043,
b40u008, b40u036): read as the provincial federation only where the passage names that federation otherwise. An
alias of another union after "tổ chức" stays the union named. Every sentence here is composed for the test."""

from __future__ import annotations

from enrich import tag


def units(text: str) -> list[tuple[str, str]]:
    return sorted((u.unit_id, text[u.start:u.end]) for u in tag(text, published="2019-07-16").units)


def test_the_organisation_in_a_province_is_no_unit() -> None:
    assert units("Lịch sử giai cấp công nhân và tổ chức Công đoàn Lào Cai gắn liền với các thời kỳ cách mạng.") == []
    assert units("Mặc dù ra đời muộn, tổ chức Công đoàn Yên Bái là đầu mối tập hợp công nhân, lao động.") == []
    assert units("Phát huy truyền thống vẻ vang của tổ chức Công đoàn tỉnh Sơn La trong tình hình mới.") == []


def test_the_province_run_together_is_no_unit_either() -> None:
    assert units("Phát huy truyền thống của tổ chức Công đoàn tỉnh ĐắkLắk, tiếp tục đổi mới nội dung.") == []


def test_the_federation_named_beside_it_is_one_unit() -> None:
    text = ("Chủ tịch LĐLĐ tỉnh Lào Cai ôn lại lịch sử của tổ chức Công đoàn Lào Cai. "
            "Sau đó, Công đoàn Lào Cai trao 50 suất quà cho công nhân.")
    assert [u[0] for u in units(text)] == ["ldld-lao-cai"]


def test_a_heading_and_other_unions_after_to_chuc_are_kept() -> None:
    assert [u[0] for u in units("Tổ chức Công đoàn\nCông đoàn Lào Cai trao 50 suất quà cho công nhân.")] \
        == ["ldld-lao-cai"]
    assert [u[0] for u in units("Ban Tổ chức Công đoàn Lào Cai hướng dẫn các công đoàn cơ sở.")] == ["ldld-lao-cai"]
    assert [u[0] for u in units("Cán bộ tổ chức Công đoàn BIDV tham dự hội nghị.")] == ["cd-ngan-hang-tmcp-dau-tu-va-phat-trien-viet-nam"]


def test_the_verb_before_a_grassroots_union_is_read_as_before() -> None:
    text = "Sáng nay, Công đoàn Lào Cai tổ chức Công đoàn cơ sở Trường THPT Lê Lợi dự hội nghị."
    assert [u[0] for u in units(text)] == ["ldld-lao-cai"]
