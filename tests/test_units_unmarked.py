"""Text written without diacritics ("LDLD tinh Nghe An", "Cong doan phuong Truong Vinh"): a line with next to no
marks that names a union head is read with the marks of the gazetteer's names and words (enrich/unmarked.py), with
the same look-alike guards as marked text, and gives the units' names with their marks; text with marks tags as it
did."""

import pytest

from enrich import tag
from enrich import unmarked as unmarked_module
from enrich.unmarked import restore
from tests.cached_data import loading

Unit = tuple[str, str, str | None]


def units(text: str, published: str = "2024-05-10", title: str = "") -> list[Unit]:
    return [(u.name, u.level, u.province) for u in tag(title=title, text=text, source=None, published=published).units]


@pytest.mark.parametrize("text, published, unit", [
    ("Pho Chu tich LDLD tinh Nghe An trao qua Tet cho nguoi lao dong.", "2026-01-25",
     ("Liên đoàn Lao động tỉnh Nghệ An", "province", "Nghệ An")),
    ("Lien doan Lao dong tinh Quang Ngai to chuc hoi nghi tong ket.", "2024-05-10",
     ("Liên đoàn Lao động tỉnh Quảng Ngãi", "province", "Quảng Ngãi")),
    ("Sang nay, LDLD huyen Nam Dan trao 50 suat qua cho doan vien.", "2024-05-10",
     ("Liên đoàn Lao động huyện Nam Đàn", "district", "Nghệ An")),
    ("Cong doan nganh Y te tinh Nghe An trao qua cho nhan vien y te.", "2024-05-10",
     ("Công đoàn ngành Y tế tỉnh Nghệ An", "sector", "Nghệ An")),
    ("Cong doan Giao duc tinh Thanh Hoa phat dong thi dua.", "2024-05-10",
     ("Công đoàn Giáo dục tỉnh Thanh Hóa", "sector", "Thanh Hóa")),
    ("Ong Le Xuan Trinh, Chu tich Cong doan phuong Truong Vinh cho biet, chuong trinh dien ra trong hai ngay.",
     "2026-01-25", ("Công đoàn phường Trường Vinh", "commune", "Nghệ An")),
    ("Tong Lien doan Lao dong Viet Nam ban hanh ke hoach thuc hien.", "2024-05-10",
     ("Tổng Liên đoàn Lao động Việt Nam", "national", None)),
    ("Doan cong tac cua TLD lam viec voi tinh.", "2024-05-10", ("Tổng Liên đoàn Lao động Việt Nam", "national", None)),
])
def test_a_unit_written_without_marks_is_read_with_its_name(text: str, published: str, unit: Unit) -> None:
    assert units(text, published) == [unit]


@pytest.mark.parametrize("unmarked, marked", [
    ("Chu tich LDLD tinh Nghe An va Chu tich CDCS phuong Truong Vinh trao qua.",
     "Chủ tịch LĐLĐ tỉnh Nghệ An và Chủ tịch CĐCS phường Trường Vinh trao quà."),
    ("Ban Thuong vu LDLD thanh pho Da Nang lam viec voi Cong doan Khu cong nghe cao.",
     "Ban Thường vụ LĐLĐ thành phố Đà Nẵng làm việc với Công đoàn Khu công nghệ cao."),
    ("Lanh dao Cong doan Vien chuc tinh Nghe An du hoi nghi.", "Lãnh đạo Công đoàn Viên chức tỉnh Nghệ An dự hội nghị."),
])
def test_a_passage_without_marks_tags_as_its_marked_twin(unmarked: str, marked: str) -> None:
    for published in ("2024-05-10", "2025-09-01"):
        assert units(unmarked, published) == units(marked, published) != []


@pytest.mark.parametrize("text", [
    "Nha hang nam tren duong Lien doan Lao dong, gan cho trung tam.",  # a street
    "Chu tich Lien doan Bong da Viet Nam du le khai mac giai dau.",  # the football federation
    "Ong Doan Van Hung va Doan Thanh nien xa tham gia.",  # a person named Đoàn, the Youth Union
    "Cac cap cong doan tinh Nghe An trao qua cho doan vien.",  # the unions at every level: generic
    "To cong doan phong Ke toan hop ban ke hoach.",  # a union group, no unit
    "Chu tich Cong doan Cong ty TNHH Recolor trao qua.",  # a company the gazetteer does not hold: no marks for it
])
def test_look_alikes_and_names_without_listed_marks_give_no_unit(text: str) -> None:
    assert units(text) == []


@pytest.mark.parametrize("text", [
    "Chủ tịch LĐLĐ tỉnh Nghệ An và Chủ tịch Công đoàn phường Trường Vinh trao quà cho người lao động.",
    "Sáng 12/3, Liên đoàn Lao động huyện Nam Đàn tổ chức hội nghị.\nẢnh: Le Van A - Cong doan",
])
def test_marked_text_is_not_read_again(text: str) -> None:
    assert restore("\n" + text) is None


def test_a_marked_passage_tags_as_without_the_unmarked_line() -> None:
    """A marked passage with one line written without marks: the marked lines' units are those it had
    (compared with the passage alone, not by replacing the module's function, which the compiled build binds)."""
    marked = ("Chiều 5/4, Liên đoàn Lao động tỉnh Hà Tĩnh tổ chức hội nghị với Công đoàn Khu kinh tế tỉnh.\n"
              "Chủ tịch Công đoàn cơ sở Công ty TNHH Formosa phát biểu.")
    before = units(marked)
    assert ("Liên đoàn Lao động tỉnh Hà Tĩnh", "province", "Hà Tĩnh") in before
    passage = marked + "\nAnh: Chu tich LDLD tinh Nghe An trao qua"
    assert units(passage) == before + [("Liên đoàn Lao động tỉnh Nghệ An", "province", "Nghệ An")]


@pytest.mark.parametrize("text", [
    # the company named in a caption without marks, its union read from a bare head in a marked line
    "Anh: Chu tich Cong doan Cong ty Co phan Duoc Hau Giang trao giai.\n"
    "Sáng 5/4, Công đoàn Công ty tổ chức hội thao cho công nhân.",
    # the company named in a line without a head, its union from a bare head in the next line
    "Lanh dao Cong ty Co phan Duoc pham Trung Uong 3 phat dong ung ho dong bao mien Trung.\n"
    "Sang 23/10, thay mat Cong ty, Chu tich Cong doan cong ty tham du buoi phat dong.",
])
def test_a_name_left_without_marks_gives_no_unit_through_a_bare_head(text: str) -> None:
    """A union read for a bare head takes the company's name from a line without marks: where that line's
    words were not all given their marks ("Duoc"), the name is not the union's."""
    assert not [unit for unit in units(text) if "Duoc" in unit[0] or "Công ty" in unit[0]]


def test_words_without_marks_of_the_marked_lines_and_acronyms_stay_in_names() -> None:
    restored = restore("Anh: Cong doan Cong ty SATRA 1A Duoc Hoa Sen trao qua.\nCông ty TNHH Hoa Sen tặng quà.")
    assert restored is not None
    assert restored.names("Công đoàn Công ty TNHH Hoa Sen") and "sen" not in restored.unread
    assert restored.names("Công đoàn Công ty SATRA") and restored.names("Công đoàn Bệnh viện 1A")
    assert not restored.names("Công đoàn Công ty Cổ phần Duoc")


@pytest.mark.parametrize("word", ["Cong doan", ""])
def test_a_word_of_group_unmarked_without_marks_is_an_error(word: str, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "unit_words.csv"
    path.write_text(f"group,word\nunmarked,Công đoàn\nunmarked,{word}\n", encoding="utf-8")
    with loading(monkeypatch, unmarked_module, "WORDS_CSV", path, unmarked_module._phrases):
        with pytest.raises(ValueError, match="group unmarked"):
            unmarked_module._phrases()
