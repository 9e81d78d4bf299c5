"""Vietnamese vendor "Cổng thông tin điện tử" portals: news-detail containers."""

from spiders.families.base import Hints

VENDOR = Hints(
    name="vendor",
    body=(".news-content", ".detail-content", ".content-detail", ".noidung", "#content-detail"),
)
