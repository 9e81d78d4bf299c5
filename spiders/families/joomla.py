"""Joomla sites: index.php?option=com_content, ?start=N pagination, itemprop articleBody."""

from spiders.families.base import Hints

JOOMLA = Hints(
    name="joomla",
    body=("[itemprop='articleBody']", ".item-page .article-content", ".item-page"),
    next_page="li.pagination-next a, a[title='Tiếp'], a[title='Next']",
)
