"""Four limits of the model file on where the learned reader reads a name on past the rules' end
(enrich/unitreadon.py): "open_bracket", not through an opening bracket the name does not close ("Trường tiểu học A
(xã Hưng Phú, huyện Phước Long)" names the school, not "Trường tiểu học A (xã Hưng Phú"); "comma_union", not past a
comma before a union's head ("Công đoàn Tổng Công ty SAMCO, Công đoàn Tổng công ty Cấp nước Sài Gòn" are two unions);
"second_place", not into a second place where the rules' name holds one ("Trường Mầm non Võ Nguyên Giáp xã Mường Phăng
thành phố Điện Biên Phủ" names the commune's school); "dash_lower", not through a dash to one capitalised word and
lower-case words ("Trung tâm QH&ĐTTNNQG – Điểm tựa vững chắc", a title's slogan). A name that closes its bracket, goes
on past a comma to no union, reads on to its one place, or through a dash to a compound, capitals or a place reads on
as before. The sentences are composed for the test."""

from __future__ import annotations

import pytest

from enrich import unitedge
from tests.unit_edge_model import TRAINED, trained_model  # noqa: F401 (an autouse fixture)
from tests.unit_edge_model import forced_end as _forced
from tests.unit_names import unit_names as names


@pytest.mark.parametrize(("text", "rule", "best"), [
    ("Trường Tiểu học B (xã Tân Phú, huyện Đồng Phú) tổ chức.", "Trường Tiểu học B", "Trường Tiểu học B (xã Tân Phú"),
    ("Trường Mầm non C (thị trấn Hòa Bình) tổ chức.", "Trường Mầm non C", "Trường Mầm non C (thị trấn"),
    ("Công ty TNHH Minh Phát (Khu công nghiệp Tân Bình) tổ chức.", "Công ty TNHH Minh Phát",
     "Công ty TNHH Minh Phát (Khu công nghiệp Tân Bình"),
])
def test_no_name_reads_on_into_a_bracket_it_does_not_close(text: str, rule: str, best: str) -> None:
    assert _forced(text, rule, "open_bracket", best) == rule
    assert _forced(text, rule, "clause_verb", best) == best  # without the limit the favoured end is taken


@pytest.mark.parametrize(("text", "rule", "best"), [
    ("Công ty TNHH Minh Phát (Khu công nghiệp Tân Bình) tổ chức.", "Công ty TNHH Minh Phát",
     "Công ty TNHH Minh Phát (Khu công nghiệp Tân Bình)"),  # the bracket closed
    ("Trường THCS Lê Lợi (Hà Nội) và Trường THCS Kim Đồng", "Trường THCS Lê Lợi (Hà Nội",
     "Trường THCS Lê Lợi (Hà Nội"),  # a bracket inside the rules' name is theirs
])
def test_a_name_that_closes_its_bracket_reads_on(text: str, rule: str, best: str) -> None:
    assert _forced(text, rule, "open_bracket", best) == best
    assert _forced(text, rule, "clause_verb", best) == best


@pytest.mark.parametrize(("text", "rule", "best"), [
    ("Tổng Công ty SAMCO, Công đoàn Tổng công ty Cấp nước Sài Gòn đã ký kết.", "Tổng Công ty SAMCO",
     "Tổng Công ty SAMCO, Công đoàn Tổng công ty Cấp nước Sài Gòn"),
    ("Công ty Điện lực Thái Bình, công đoàn Công ty Than Hà Lầm", "Công ty Điện lực Thái Bình",
     "Công ty Điện lực Thái Bình, công đoàn"),
    ("Bệnh viện Đa khoa Hòa Bình, Liên đoàn Lao động tỉnh", "Bệnh viện Đa khoa Hòa Bình",
     "Bệnh viện Đa khoa Hòa Bình, Liên đoàn Lao động tỉnh"),
])
def test_no_name_reads_on_past_a_comma_into_a_union(text: str, rule: str, best: str) -> None:
    assert _forced(text, rule, "comma_union", best) == rule
    assert _forced(text, rule, "clause_verb", best) == best


@pytest.mark.parametrize(("text", "rule", "best"), [
    ("Nhà Xuất bản, Đại học Thái Nguyên tổ chức.", "Nhà Xuất bản", "Nhà Xuất bản, Đại học Thái Nguyên"),
    ("Báo và Phát thanh, Truyền hình Thanh Hóa tổ chức.", "Báo và Phát thanh", "Báo và Phát thanh, Truyền hình Thanh Hóa"),
])
def test_a_name_past_a_comma_to_no_union_reads_on(text: str, rule: str, best: str) -> None:
    assert _forced(text, rule, "comma_union", best) == best
    assert _forced(text, rule, "clause_verb", best) == best


@pytest.mark.parametrize(("text", "rule", "best"), [
    ("Trường Mầm non Võ Nguyên Giáp xã Mường Phăng thành phố Điện Biên Phủ tổ chức.",
     "Trường Mầm non Võ Nguyên Giáp xã Mường Phăng",
     "Trường Mầm non Võ Nguyên Giáp xã Mường Phăng thành phố Điện Biên Phủ"),
    ("Trường Tiểu học Kim Đồng phường Tân Mai quận Hoàng Mai tổ chức.", "Trường Tiểu học Kim Đồng phường Tân Mai",
     "Trường Tiểu học Kim Đồng phường Tân Mai quận Hoàng Mai"),
    ("Trung tâm Y tế huyện Hàm Yên tỉnh Tuyên Quang tổ chức.", "Trung tâm Y tế huyện Hàm Yên",
     "Trung tâm Y tế huyện Hàm Yên tỉnh Tuyên Quang"),
])
def test_no_name_reads_on_into_a_second_place(text: str, rule: str, best: str) -> None:
    assert _forced(text, rule, "second_place", best) == rule
    assert _forced(text, rule, "clause_verb", best) == best


@pytest.mark.parametrize(("text", "rule", "best"), [
    ("Trường Mầm non Hoa Sen xã Mường Phăng tổ chức.", "Trường Mầm non Hoa Sen",
     "Trường Mầm non Hoa Sen xã Mường Phăng"),  # the one place
    ("Hợp tác xã dịch vụ nông nghiệp xã Bình Chương tổ chức.", "Hợp tác xã dịch vụ nông nghiệp",
     "Hợp tác xã dịch vụ nông nghiệp xã Bình Chương"),  # "xã" of a cooperative is no place (b7u029's name)
    ("Liên minh các hợp tác xã tỉnh Thái Nguyên tổ chức.", "Liên minh các hợp tác xã",
     "Liên minh các hợp tác xã tỉnh Thái Nguyên"),
])
def test_a_name_read_on_to_its_one_place_reads_on(text: str, rule: str, best: str) -> None:
    assert _forced(text, rule, "second_place", best) == best
    assert _forced(text, rule, "clause_verb", best) == best


@pytest.mark.parametrize(("text", "rule", "best"), [
    ("Trung tâm QH&ĐTTNNQG – Điểm tựa vững chắc\nNăm 2024", "Trung tâm QH&ĐTTNNQG",
     "Trung tâm QH&ĐTTNNQG – Điểm tựa vững chắc"),
    ("Bệnh viện Đa khoa Hòa Bình - Điểm tựa yêu thương", "Bệnh viện Đa khoa Hòa Bình",
     "Bệnh viện Đa khoa Hòa Bình - Điểm tựa yêu thương"),
])
def test_no_name_reads_on_through_a_dash_into_a_slogan(text: str, rule: str, best: str) -> None:
    assert _forced(text, rule, "dash_lower", best) == rule
    assert _forced(text, rule, "clause_verb", best) == best


@pytest.mark.parametrize(("text", "rule", "best"), [
    ("Sở Văn hóa – Thể thao tổ chức.", "Sở Văn hóa", "Sở Văn hóa – Thể thao"),  # b20u045's name
    ("Trường Đại học Mỏ - Địa chất tổ chức.", "Trường Đại học Mỏ", "Trường Đại học Mỏ - Địa chất"),  # b29u041's
    ("Ngân hàng Chính sách – Xã hội tỉnh tổ chức.", "Ngân hàng Chính sách", "Ngân hàng Chính sách – Xã hội tỉnh"),
    ("Công ty CP Xây dựng – Thương mại dịch vụ Hà Nội tổ chức.", "Công ty CP Xây dựng",
     "Công ty CP Xây dựng – Thương mại dịch vụ Hà Nội"),
])
def test_a_name_through_a_dash_to_a_compound_a_place_or_capitals_reads_on(text: str, rule: str, best: str) -> None:
    assert _forced(text, rule, "dash_lower", best) == best
    assert _forced(text, rule, "clause_verb", best) == best


def test_the_shipped_model_names_the_limits() -> None:
    limits = unitedge.EdgeModel.load(TRAINED).limit.split(",")
    assert {"open_bracket", "comma_union", "second_place", "dash_lower"} <= set(limits)


@pytest.mark.parametrize(("text", "want"), [
    ("Công đoàn cơ sở Trường tiểu học A (xã Hưng Phú, huyện Phước Long) trao 20 suất quà cho đoàn viên.",
     ["Công đoàn cơ sở Trường Tiểu học A xã Hưng Phú"]),
    ("Ban chấp hành Công đoàn cơ sở Trường Mầm non Võ Nguyên Giáp xã Mường Phăng thành phố Điện Biên Phủ tổ chức hội "
     "nghị.", ["Công đoàn cơ sở Trường Mầm non Võ Nguyên Giáp xã Mường Phăng"]),
])
def test_a_school_with_its_commune(text: str, want: list[str]) -> None:
    assert names(text) == want
