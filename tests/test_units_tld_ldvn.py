"""The confederation written "TLĐ LĐVN" (b37u027) is one abbreviation, spelt out "Tổng Liên đoàn Lao động Việt Nam"
(enrich/data/unit_abbreviations.csv): the tagger's evidence is the whole form, not "TLĐ" with "LĐVN" left over, and
the eval reads a label that keeps the form as written (enrich/data/README.md: "the labels keep it as the passage
writes it, and the unit eval reads both sides spelt out") as the confederation's name. Every sentence here is
composed for the test."""

from __future__ import annotations

from enrich import tag
from tests.eval.units import name_key


def evidence(text: str) -> list[tuple[str, str]]:
    return [(u.unit_id, text[u.start:u.end]) for u in tag(text).units]


def test_the_whole_form_is_the_confederation():
    text = "Đoàn phúc tra của TLĐ LĐVN làm việc với các công đoàn cơ sở trong hai ngày."
    assert evidence(text) == [("tld", "TLĐ LĐVN")]


def test_a_document_number_is_no_mention():
    assert evidence("Thực hiện Hướng dẫn số 25/HD-TLĐ LĐVN ngày 5/3/2019 về công tác tài chính.") == []


def test_the_eval_reads_the_label_as_written_as_the_full_name():
    assert name_key("TLĐ LĐVN") == name_key("Tổng Liên đoàn Lao động Việt Nam")
    assert name_key("TLĐ") == name_key("Tổng Liên đoàn Lao động Việt Nam")
