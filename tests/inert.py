"""What "inert" means for stored or served HTML: nothing in it can run script."""

from __future__ import annotations

import lxml.html

SCRIPT_TAGS = ("script", "iframe", "frame", "object", "embed", "style", "svg", "math", "form", "meta", "base", "link")


def assert_inert(fragment: str) -> None:
    """No script-bearing element, no on* handler, no javascript:/data: URL in an HTML fragment.
    Markup shown as escaped text is fine."""
    if not fragment or not fragment.strip():
        return
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        assert element.tag not in SCRIPT_TAGS, element.tag
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (element.tag, name)
            squeezed = "".join(value.split()).lower()
            assert not squeezed.startswith(("javascript:", "data:", "vbscript:")), (element.tag, name, value)
            assert "javascript:" not in squeezed or name != "style", (element.tag, name, value)
