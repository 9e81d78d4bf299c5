"""Bytes -> text: BOM, header and meta charset, detection, windows-1258, TCVN3, VNI, mojibake."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from crawler.extract import decode_html, extract_article
from crawler.sampleweb.legacy import encode_cp1258
from crawler.textnorm import legacy_encoding, legacy_table, repair_text

PHRASE = "Liên đoàn Lao động tỉnh tổ chức Hội nghị triển khai Nghị quyết số 02-NQ/TW của Bộ Chính trị"
ROOT = Path(__file__).resolve().parents[1]


def page(text: str, charset: str | None = None, font: str = "") -> str:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    style = f' style="font-family: {font}"' if font else ""
    return f"<html><head>{meta}<title>Tin</title></head><body><p{style}>{text}</p></body></html>"


def test_utf8_with_bom():
    text, encoding = decode_html(codecs.BOM_UTF8 + page(PHRASE).encode("utf-8"))
    assert PHRASE in text and encoding == "utf-8" and not text.startswith("\ufeff")


def test_utf16_bom_wins_over_meta():
    body = codecs.BOM_UTF16_LE + page(PHRASE, "utf-8").encode("utf-16-le")
    text, encoding = decode_html(body)
    assert PHRASE in text and encoding == "utf-16"


def test_valid_utf8_outranks_a_wrong_declaration():
    body = page(PHRASE, "windows-1258").encode("utf-8")
    text, encoding = decode_html(body, "text/html; charset=iso-8859-1")
    assert PHRASE in text and encoding == "utf-8"


def test_windows_1258_header_decomposed_tones_become_nfc():
    body = page("", "windows-1258").encode("ascii").replace(b"<p></p>", b"<p>" + encode_cp1258(PHRASE) + b"</p>")
    text, encoding = decode_html(body, "text/html; charset=windows-1258")
    assert encoding == "cp1258"
    assert PHRASE in text
    assert text == unicodedata.normalize("NFC", text)


def test_undeclared_windows_1258_is_detected():
    body = b"<html><body><p>" + encode_cp1258(PHRASE * 3) + b"</p></body></html>"
    text, _ = decode_html(body)
    assert PHRASE in text


def test_tcvn3_table_matches_known_words():
    table = legacy_table("tcvn3")
    assert len(table) == 74
    assert "".join(table.get(c, c) for c in "Liªn ®oµn Lao ®éng") == "Liên đoàn Lao động"


@pytest.mark.parametrize(
    "legacy, unicode_",
    [
        ("Liªn ®oµn Lao ®éng ViÖt Nam", "Liên đoàn Lao động Việt Nam"),
        ("NghÞ quyÕt sè 02-NQ/TW cña Bé ChÝnh trÞ", "Nghị quyết số 02-NQ/TW của Bộ Chính trị"),
        ("Ch\xad¬ng tr×nh hµnh ®éng cña Tæng Liªn ®oµn", "Chương trình hành động của Tổng Liên đoàn"),
        ("LI£N §OµN LAO §éNG", "LIÊN ĐOÀN LAO ĐỘNG"),
    ],
)
def test_tcvn3_text_is_converted(legacy, unicode_):
    assert legacy_encoding(legacy) == "tcvn3"
    assert repair_text(legacy) == unicode_


@pytest.mark.parametrize(
    "legacy, unicode_",
    [
        ("Lieân ñoaøn Lao ñoäng tænh Soùc Traêng", "Liên đoàn Lao động tỉnh Sóc Trăng"),
        ("Nghò quyeát soá 02-NQ/TW cuûa Boä Chính trò", "Nghị quyết số 02-NQ/TW của Bộ Chính trị"),
        ("ngöôøi lao ñoäng, coâng ñoaøn cô sôû", "người lao động, công đoàn cơ sở"),
        ("LIEÂN ÑOAØN LAO ÑOÄNG", "LIÊN ĐOÀN LAO ĐỘNG"),
    ],
)
def test_vni_text_is_converted(legacy, unicode_):
    assert legacy_encoding(legacy) == "vni"
    assert repair_text(legacy) == unicode_


@pytest.mark.parametrize(
    "text",
    [PHRASE, "Café au lait, résumé, naïve façade", "© 2021 « Trang chủ » Bản quyền", "hoà bình, quê hương, quá"],
)
def test_unicode_and_foreign_text_is_left_alone(text):
    assert repair_text(text) == unicodedata.normalize("NFC", text)


def test_tcvn3_page_served_as_latin1_is_converted():
    legacy = "Liªn ®oµn Lao ®éng tØnh tæ chøc Héi nghÞ triÓn khai NghÞ quyÕt sè 02-NQ/TW cña Bé ChÝnh trÞ"
    body = page(legacy, "iso-8859-1", ".VnTime").encode("latin-1")
    text, _ = decode_html(body)
    assert PHRASE in text


def test_vni_page_served_as_windows_1252_is_converted():
    legacy = "Lieân ñoaøn Lao ñoäng tænh toå chöùc Hoäi nghò trieån khai Nghò quyeát soá 02-NQ/TW cuûa Boä Chính trò"
    body = page(legacy, "windows-1252", "VNI-Times").encode("cp1252")
    text, _ = decode_html(body)
    assert PHRASE in text


def test_legacy_paragraph_inside_a_unicode_page():
    legacy = "Liªn ®oµn Lao ®éng tØnh tæ chøc Héi nghÞ triÓn khai NghÞ quyÕt sè 02-NQ/TW cña Bé ChÝnh trÞ"
    body = f"<html><body><h1>Tin hoạt động công đoàn</h1><p>{legacy}</p></body></html>".encode()
    text, _ = decode_html(body)
    assert PHRASE in text and "Tin hoạt động công đoàn" in text


@pytest.mark.parametrize("wrong", ["cp1252", "latin-1"])
def test_mojibake_is_repaired(wrong):
    broken = PHRASE.encode("utf-8").decode(wrong, "replace")
    assert broken != PHRASE
    body = page(broken, "utf-8").encode("utf-8")
    text, _ = decode_html(body)
    assert PHRASE in text


def test_extract_command_path_repairs_a_tcvn3_article():
    legacy = ("Liªn ®oµn Lao ®éng tØnh tæ chøc Héi nghÞ triÓn khai NghÞ quyÕt sè 02-NQ/TW cña Bé ChÝnh trÞ. " * 4).strip()
    html = (f"<html><head><title>Héi nghÞ triÓn khai NghÞ quyÕt</title></head><body><h1>Héi nghÞ triÓn khai NghÞ quyÕt 02</h1>"
            f"<div class='content'><p>{legacy}</p><p>{legacy}</p></div></body></html>")
    text, _ = decode_html(html.encode("latin-1"))
    found = extract_article(text, "http://ldld.example.gov.vn/tin/1.html")
    assert found.title == "Hội nghị triển khai Nghị quyết 02"
    assert PHRASE in found.text
