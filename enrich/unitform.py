"""A company's form written after a dash at the end of a union's organisation ("Công đoàn Tổng Công ty Thép Việt Nam -
CTCP", "... Miền Trung – CTCP"): no part of the union's name, which is the organisation's without it, so that the
union written with and without the form is one unit (b40u001, as the sets label the steel corporation's union
elsewhere). The forms are group ``dash_form`` of enrich/data/unit_words.csv, matched as the last word whole, after a
dash with a space before it; a dash before a real part of a name stays ("Tổng Công ty Bia - Rượu - NGK Hà Nội",
"Công ty Than Vàng Danh - Vinacomin")."""

from __future__ import annotations

import re

_LAST = re.compile(r" [-–] ?(\S+)$")


def without_form(label: str, forms: tuple[str, ...]) -> str:
    """``label`` without a company's form after a dash at its end; as it is where none ends it."""
    m = _LAST.search(label)
    return label[:m.start()] if m is not None and m.group(1) in forms and m.start() > 0 else label
