"""A lottery sellers' guild ("Nghiệp đoàn vé số", trade ``vé số`` of enrich/data/unit_words.csv) is a nghiệp đoàn
named by its trade and place, as the other trades' are."""

from __future__ import annotations

import pytest

from tests.unit_names import unit_names


def test_lottery_guild_of_a_ward() -> None:
    assert unit_names("Thành lập Nghiệp đoàn vé số Phường 1 tại thị xã Ngã Năm.", "2020-08-16") == [
        "Nghiệp đoàn vé số phường 1"]


@pytest.mark.parametrize("text", [
    "Người bán vé số phường 3 được tặng quà.",  # sellers, no guild
    "Thành lập Nghiệp đoàn vé số.",  # no place: no guild named
])
def test_no_lottery_guild(text: str) -> None:
    assert unit_names(text, "2020-08-16") == []
