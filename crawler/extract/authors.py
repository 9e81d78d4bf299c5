"""Author from bylines and trailing signatures ("Anh Khoa", "Ban TG", "Tin, ảnh: ...")."""

from __future__ import annotations

import re

from lxml import etree

from crawler.dates import find_dates
from crawler.textnorm import clean_line, fold

_LABELLED = re.compile(
    r"^\(?\s*(tin\s*,?\s*ảnh|tin\s+và\s+ảnh|bài\s*,?\s*ảnh|bài\s+và\s+ảnh|tin|bài|ảnh|"
    r"tác\s+giả|nguồn|theo|người\s+viết|phóng\s+viên|pv|ctv|nhóm\s+pv)\s*:\s*(.+?)\s*\)?$",
    re.IGNORECASE,
)
_AUTHOR_META = ("author", "article:author", "dc.creator", "byl")
_AUTHOR_CUES = re.compile(r"(author|tacgia|tac-gia|byline|writer|nguoiviet|signature)")
# A signature: 1-6 capitalised words or an abbreviation ("Ban TG", "PV", "Đài truyền thanh Bình Lục").
_SIGNATURE = re.compile(
    r"^(?:[A-ZĐÀ-Ỹ][\w.]*|[A-ZĐ]{1,4}|\d+)(?:[ \-][\w.]+){0,5}$"
)
_SENTENCE_END = re.compile(r"[.!?…:;,]$")
# Meta "author" on Vietnamese portals is often the site itself, which is no author.
_SITE_NAME = re.compile(r"(cổng thông tin|trang thông tin|website|portal|\.vn\b|\.com\b|bản quyền)", re.I)


def looks_like_signature(line: str) -> bool:
    if len(line) > 48 or _SENTENCE_END.search(line.rstrip("/")):
        return False
    if find_dates(line):
        return False
    if not _SIGNATURE.match(line):
        return False
    words = line.split()
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return capitalised >= max(1, len(words) // 2)


_BY = re.compile(r"^(viết\s+bởi|đăng\s+bởi|bởi|by|tác\s+giả)\s*:?\s+", re.IGNORECASE)
_URL_CREDIT = re.compile(r"(https?://|www\.|\.(vn|com|net|org)\b)", re.IGNORECASE)


def _labelled(line: str) -> str | None:
    match = _LABELLED.match(line)
    if match and 1 <= len(match.group(2)) <= 80:
        return clean_line(match.group(2).strip("() "))
    return None


def _as_name(value: str) -> str | None:
    """A byline's name: labels ("Viết bởi", "Tác giả:") and a trailing date cut off; a web
    address credited as the source ("Nguồn: laodongthudo.vn") is no author."""
    value = _labelled(value) or value
    value = _BY.sub("", value).strip()
    dates = find_dates(value)
    if dates:
        value = value[: dates[0].start].strip(" -–|,:")
        value = re.sub(r"(thứ\s+\S+|chủ\s+nhật)\s*,?$", "", value, flags=re.IGNORECASE).strip(" -–|,:")
    if not value or _URL_CREDIT.search(value):
        return None
    return value


def _site_names(root: etree._Element) -> set[str]:
    """Folded names the site calls itself: og:site_name and the parts of <title>."""
    names = set()
    for meta in root.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() in ("og:site_name", "application-name"):
            names.add(fold(meta.get("content") or ""))
    title = root.find(".//title")
    if title is not None:
        names.update(fold(p) for p in re.split(r"\s+[-|–:]+\s+", clean_line(title.text_content())))
    return {n for n in names if n}


def from_markup(root: etree._Element) -> str | None:
    """Author from meta tags or byline elements; never the site's own name."""
    site = _site_names(root)
    for meta in root.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").lower()
        value = clean_line(meta.get("content") or "")
        if key in _AUTHOR_META and value and len(value) <= 80 and not _SITE_NAME.search(value):
            if fold(value) not in site:
                return _as_name(value)
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        words = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('rel') or ''}".lower()
        if _AUTHOR_CUES.search(words) or el.get("itemprop") == "author":
            value = clean_line(el.text_content())
            if 2 <= len(value) <= 80:
                return _as_name(value)
    return None


def split_author(
    lines: list[str], root: etree._Element | None = None, byline: str | None = None
) -> tuple[str | None, list[str]]:
    """Return (author, lines without the signature lines).

    The last lines are checked for a signature ("Anh Khoa", "Tin, ảnh: Hồng Nhung", "Nguồn: ...");
    failing that, a byline found beside the date, then bylines in the markup; the text is then
    left as it is. A credited source is the author: "Nguồn: Báo Lao Động" gives "Báo Lao Động",
    as a bare "Đài truyền thanh Bình Lục" signature gives that station; a credited web address
    ("Nguồn: laodongthudo.vn") gives no author.
    """
    lines = list(lines)
    signature: list[str] = []
    while lines and len(signature) < 2:
        last = lines[-1].strip()
        labelled = _labelled(last)
        if labelled:
            signature.insert(0, labelled)
            lines.pop()
            continue
        if not signature and len(lines) > 1 and looks_like_signature(last):
            signature.insert(0, last)
            lines.pop()
            continue
        break
    if signature:
        return _as_name(signature[0]), lines
    if lines and _labelled(lines[0]):
        return _as_name(lines[0]), lines[1:]
    if byline:
        return _as_name(byline), lines
    return (from_markup(root) if root is not None else None), lines
