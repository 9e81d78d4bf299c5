"""Helpers for the publication tests: a served store with a hostile article in it."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from crawler import store

HOSTILE_URL = "http://hostile.example.vn/tin/1.html"
HOSTILE_TITLE = 'Nghị quyết 02-NQ/TW <script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
HOSTILE_TEXT = (
    "Liên đoàn Lao động tỉnh Sóc Trăng quán triệt Nghị quyết 02-NQ/TW <script>window.__pwned = 3</script>.\n"
    'Đoạn hai <img src=x onerror="window.__pwned = 4"> <svg onload="window.__pwned = 5"></svg>.'
)
HOSTILE_BODY = (
    '<p onclick="window.__pwned = 6">Liên đoàn <script>window.__pwned = 7</script>'
    '<a href="javascript:window.__pwned = 8">link</a><img src=x onerror="window.__pwned = 9">'
    '<iframe src="javascript:window.__pwned = 10"></iframe><style>body{display:none}</style></p>'
)


def add_hostile_article(db_path: Path) -> str:
    """Store an article whose title, text, body and evidence carry script; tag it 02-NQ/TW."""
    db = store.open_db(db_path)
    record = {
        "url": HOSTILE_URL, "source_id": "ldld-soc-trang", "title": HOSTILE_TITLE, "text": HOSTILE_TEXT,
        "body_html": HOSTILE_BODY, "published": "2025-11-20T09:00:00+07:00",
        "author": '<b onmouseover="window.__pwned = 11">PV</b>', "unit": "Liên đoàn Lao động tỉnh Sóc Trăng",
        "unit_level": "province", "province": "Sóc Trăng",
    }
    store.save_article(db, record)
    aid = store.article_id(HOSTILE_URL)
    db.execute("UPDATE articles SET province_new = 'Cần Thơ' WHERE id = ?", [aid])
    db.conn.commit()
    at = HOSTILE_TEXT.index("02-NQ/TW")
    store.replace_tags(
        db, aid,
        [{"resolution_key": "02-NQ/TW@2021", "code": "02-NQ/TW", "method": "exact", "evidence": "02-NQ/TW",
          "evidence_start": at, "evidence_end": at + 8, "sentence": HOSTILE_TEXT.split("\n")[0]}],
        [{"unit_id": "ldld-soc-trang", "role": "publisher", "name": "Liên đoàn Lao động tỉnh Sóc Trăng",
          "level": "province", "province": "Sóc Trăng", "province_new": "Cần Thơ"}],
        "hostile",
    )
    return aid


def assert_inert(fragment: str) -> None:
    """No element of an HTML fragment can run script: no script-bearing tags, no on* handlers,
    no javascript: URLs. Markup shown as escaped text is fine."""
    if not fragment.strip():
        return
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        assert element.tag not in ("script", "iframe", "object", "embed", "style", "svg", "math"), element.tag
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (element.tag, name)
            assert not value.strip().lower().startswith("javascript:"), (element.tag, name, value)


def assert_page_inert(page: str) -> None:
    """A whole page: the hostile article's script (``window.__pwned``) is nowhere executable,
    neither inside a <script> element nor in an event handler or javascript: URL."""
    root = lxml.html.document_fromstring(page)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "script":
            assert "__pwned" not in (element.text or ""), element.text
        for name, value in element.attrib.items():
            if name.lower().startswith("on") or value.strip().lower().startswith("javascript:"):
                assert "__pwned" not in value, (element.tag, name, value)
