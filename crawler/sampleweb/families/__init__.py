"""CMS families of the sample web, by registry family name."""

from __future__ import annotations

from .base import Family, Route
from .dnn import Dnn
from .generic import Generic
from .joomla import Joomla
from .sharepoint import SharePoint
from .vendor import Vendor
from .wordpress import WordPress

FAMILIES: dict[str, Family] = {
    family.name: family
    for family in (SharePoint(), Dnn(), WordPress(), Joomla(), Vendor(), Generic())
}

__all__ = ["FAMILIES", "Family", "Route"]
