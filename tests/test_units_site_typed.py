"""The province a body's own host gives: an education office's zone named short ("hcm.edu.vn"), a general
hospital's host of its type's initials, "tỉnh" and the province's letters (b30u047, b30u013 show the kind). The hosts
here are made up."""

import pytest

from enrich.presshosts import host_province


@pytest.mark.parametrize("url, province", [
    ("https://thlevantamq3.hcm.edu.vn/a.html", "Hồ Chí Minh"),  # the city's education office, named short
    ("https://bvdktinhquangtri.com.vn/a.html", "Quảng Trị"),  # a general hospital, "tỉnh" and the province
    ("https://bvdkquangtri.vn/a.html", "Quảng Trị"),
    ("https://bvdkthanhhoa.vn/a.html", None),  # also a district's name (Thạnh Hóa, Long An) with no "tỉnh"
    ("https://bvdkquangtrixyz.vn/a.html", None),
])
def test_the_province_a_bodys_host_gives(url: str, province: str | None) -> None:
    assert host_province(url, "2024-03-12") == province
