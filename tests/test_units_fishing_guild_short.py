"""A fishing guild written short, "NĐNC" (nghiệp đoàn nghề cá), is read spelt out (enrich/data/unit_abbreviations.csv),
before "NĐ" alone: "NĐNC phường X" is the ward's fishing guild, named in full, and the eval reads a label that keeps
the short form as that name. Every sentence here is composed for the test."""

from __future__ import annotations

from enrich.units import tag_units
from tests.eval.units import name_key


def guilds(text: str) -> list[str]:
    return [u.name for u in tag_units(text, published="2024-04-02") if u.level == "grassroots"]


def test_a_ward_s_fishing_guild_written_short() -> None:
    text = "Ngư dân Nguyễn Văn Hải tham gia NĐNC phường Thọ Quang từ năm 2015 và được hỗ trợ khi gặp nạn trên biển."
    assert guilds(text) == ["Nghiệp đoàn nghề cá phường Thọ Quang"]


def test_short_and_in_full_one_guild() -> None:
    short = guilds("Chủ tịch NĐNC xã Tam Quang trao quà cho ngư dân.")
    full = guilds("Chủ tịch Nghiệp đoàn nghề cá xã Tam Quang trao quà cho ngư dân.")
    assert short == full == ["Nghiệp đoàn nghề cá xã Tam Quang"]


def test_the_short_form_alone_or_as_a_plural_names_no_guild() -> None:
    assert guilds("Các NĐNC ở miền Trung đã ra đời; sau khi tham gia NĐNC, ngư dân gắn bó hơn.") == []


def test_the_eval_reads_the_short_form_spelt_out() -> None:
    assert name_key("NĐNC phường Xuân Hà") == name_key("Nghiệp đoàn nghề cá phường Xuân Hà")
    assert name_key("NĐ Xe ôm phường 1") == name_key("Nghiệp đoàn Xe ôm phường 1")
