"""An OPML index of every feed, so a reader can subscribe to them all at once."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from feeds.specs import FeedSpec

GROUPS = {
    "all": "Tất cả / All",
    "resolution": "Nghị quyết / Resolutions",
    "unit": "Đơn vị công đoàn / Union units",
    "province": "Tỉnh, thành phố / Provinces",
    "source": "Nguồn / Sources",
    "alerts": "Cảnh báo / Alerts (operators)",
}


def opml(specs: list[FeedSpec], base_url: str, fmt: str = "rss", database: str = "unionwatch") -> bytes:
    """OPML 2.0 listing ``specs`` grouped by kind, with absolute feed and page URLs."""
    base = base_url.rstrip("/")
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = "UnionWatch feeds"
    body = ET.SubElement(root, "body")
    for kind, label in GROUPS.items():
        members = [s for s in specs if s.kind == kind]
        if not members:
            continue
        group = ET.SubElement(body, "outline", text=label, title=label)
        for spec in members:
            ET.SubElement(
                group, "outline", type="rss", text=spec.title, title=spec.title,
                xmlUrl=f"{base}{spec.path(fmt)}", htmlUrl=f"{base}{spec.page_path(database)}",
            )
    ET.indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8")
