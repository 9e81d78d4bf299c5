"""Per-family hints: the explicit switch from a registry ``family`` to its adapter.

Hints are soft: a body hint is used only when it matches a text-rich element, and the
generic extraction runs for every family, including unknown ones.
"""

from __future__ import annotations

from spiders.families.base import Hints
from spiders.families.dnn import DNN
from spiders.families.joomla import JOOMLA
from spiders.families.sharepoint import SHAREPOINT
from spiders.families.vendor import VENDOR
from spiders.families.wordpress import WORDPRESS

GENERIC = Hints(name="generic")
FAMILIES: dict[str, Hints] = {
    h.name: h for h in (SHAREPOINT, DNN, WORDPRESS, JOOMLA, VENDOR, GENERIC)
}


def hints_for(family: str | None) -> Hints:
    """The hints of a family; generic (no hints) when the family is unknown or unset."""
    return FAMILIES.get(family or "generic", GENERIC)


__all__ = ["FAMILIES", "Hints", "hints_for"]
