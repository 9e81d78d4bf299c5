"""Extraction without selectors: article pages and listing pages."""

from crawler.extract.article import ArticlePage, Extracted, extract_article
from crawler.extract.html import decode_html
from crawler.extract.listing import ListedArticle, Listing, extract_listing, extract_listing_tree

__all__ = [
    "ArticlePage",
    "Extracted",
    "ListedArticle",
    "Listing",
    "decode_html",
    "extract_article",
    "extract_listing",
    "extract_listing_tree",
]
