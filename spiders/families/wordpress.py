"""WordPress sites: /category/<slug>/page/N/, entry-content bodies."""

from spiders.families.base import Hints

WORDPRESS = Hints(
    name="wordpress",
    body=(".entry-content", ".post-content", ".single-content"),
    next_page="a.next.page-numbers, .nav-previous a, a.next",
)
