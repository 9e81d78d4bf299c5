"""WordPress themes: /category/tin-hoat-dong/page/N/, <article class="post">, <time datetime>, Yoast meta."""

from __future__ import annotations

import zlib

from markupsafe import Markup

from ..model import Article, Block, Portal
from .base import Family, text_html

CLASSES = {
    "v1": {
        "post": "post",
        "title": "entry-title",
        "meta": "entry-meta",
        "content": "entry-content",
        "summary": "entry-summary",
        "nav": "nav-links",
        "related": "related-posts",
    },
    "v2": {
        "post": "td_module_wrap",
        "title": "td-post-title",
        "meta": "td-module-meta-info",
        "content": "td-post-content",
        "summary": "td-excerpt",
        "nav": "page-nav",
        "related": "td-related",
    },
}


class WordPress(Family):
    name = "wordpress"
    robots_txt = (
        "User-agent: *\n"
        "Disallow: /wp-admin/\n"
        "Allow: /wp-admin/admin-ajax.php\n"
        "Disallow: /?s=\n"
        "Disallow: /search/\n"
    )
    headers = {"Server": "Apache/2.4.41 (Ubuntu)", "X-Powered-By": "PHP/7.4.3"}
    bulk = 26000

    def listing_path(self, portal: Portal, page: int) -> str:
        return "/category/tin-hoat-dong/" + ("" if page == 1 else f"page/{page}/")

    def article_path(self, portal: Portal, article: Article) -> str:
        return f"/{article.published:%Y/%m/%d}/{article.slug}/"

    def article_date(self, portal: Portal, article: Article) -> str:
        return f"{article.published:%d/%m/%Y}"

    def listing_date(self, portal: Portal, article: Article) -> str:
        return f"{article.published:%d/%m/%Y}"

    def figure(self, portal: Portal, block: Block) -> Markup:
        src = self.image_url(portal, block.src)
        cap = (
            Markup('<figcaption class="wp-element-caption">{}</figcaption>').format(
                text_html(block.text)
            )
            if block.text
            else Markup("")
        )
        return Markup(
            '<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{}" alt="" class="wp-image-{}" />{}</figure>'
        ).format(src, zlib.crc32(block.src.encode()) % 90000, cap)

    def image_url(self, portal: Portal, src: str) -> str:
        return "/wp-content/uploads/" + src

    def byline(self, portal: Portal, article: Article) -> Markup:
        if not article.byline:
            return Markup("")
        return Markup('<p style="text-align: right;"><strong>{}</strong></p>').format(
            article.byline
        )

    def context(self, portal: Portal, today):
        ctx = super().context(portal, today)
        ctx["cls"] = CLASSES[portal.layout]
        return ctx

    def related(self, portal: Portal, article: Article) -> list[Article]:
        others = [x for x in portal.articles[:12] if x.key != article.key][:4]
        recent = [x for x in portal.articles[:5] if x.key != article.key and x not in others]
        return others + recent

    def page_chrome(self, portal: Portal, article: Article) -> list[str]:
        return [
            "Bài viết liên quan",
            "Chia sẻ:",
            "Bài viết mới",
            "Điều hướng bài viết",
            "Văn bản mới",
            "Liên kết",
        ]
