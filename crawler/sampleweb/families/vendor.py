"""Vendor "Cổng thông tin điện tử" portals: table layout, marquee slogans, visitor counters, print/send."""

from __future__ import annotations

from markupsafe import Markup

from ..model import Article, Block, Portal
from .base import Family, text_html

CLASSES = {
    "v1": {
        "list": "list-news",
        "item": "news-item",
        "title": "news-title",
        "date": "news-date",
        "sapo": "news-sapo",
        "detail": "news-detail",
        "body": "news-content",
        "tools": "news-tools",
        "other": "news-other",
        "pager": "pagination",
        "author": "news-author",
    },
    "v2": {
        "list": "dsbv",
        "item": "bv",
        "title": "bv-td",
        "date": "bv-ng",
        "sapo": "bv-tt",
        "detail": "ctbv",
        "body": "ctbv-nd",
        "tools": "ctbv-cc",
        "other": "bv-khac",
        "pager": "ptrang",
        "author": "bv-tg",
    },
}


class Vendor(Family):
    name = "vendor"
    robots_txt = (
        "User-agent: *\n"
        "Disallow: /admin/\n"
        "Disallow: /search\n"
        "Disallow: /tim-kiem\n"
        "Disallow: /in-bai/\n"
        "Crawl-delay: 1\n"
    )
    headers = {"Server": "Microsoft-IIS/8.5", "X-Powered-By": "ASP.NET", "Cache-Control": "private"}
    bulk = 26000

    def listing_path(self, portal: Portal, page: int) -> str:
        if portal.skin == "tld":
            return "/tin-tuc/hoat-dong-cong-doan" + ("" if page == 1 else f"?page={page}")
        base = "/chuyen-muc/tuyen-truyen-giao-duc"
        return f"{base}.html" if page == 1 else f"{base}/trang-{page}.html"

    def article_path(self, portal: Portal, article: Article) -> str:
        if portal.skin == "tld":
            return f"/tin-tuc/hoat-dong-cong-doan/{article.slug}-{article.key}.tld"
        return f"/tin-tuc/{article.slug}-{article.key}.html"

    def article_date(self, portal: Portal, article: Article) -> str:
        when = article.published
        if portal.skin == "tld":
            return f"{when:%d/%m/%Y %H:%M} GMT+7" if article.show_time else f"{when:%d/%m/%Y}"
        return f"{when:%H:%M %d/%m/%Y}" if article.show_time else f"{when:%d/%m/%Y}"

    def listing_date(self, portal: Portal, article: Article) -> str:
        if portal.skin == "tld":
            return f"{article.published:%d/%m/%Y}"
        return f"({article.published:%d/%m/%Y})"

    def paragraph(self, block: Block) -> Markup:
        return Markup(
            '<p style="text-align: justify;"><span style="font-size:14px;"><span style="font-family:arial,helvetica,sans-serif;">{}</span></span></p>'
        ).format(text_html(block.text))

    def figure(self, portal: Portal, block: Block) -> Markup:
        src = self.image_url(portal, block.src)
        rows = Markup(
            '<tr><td><img alt="{}" src="{}" style="width: 600px; height: 400px;" /></td></tr>'
        ).format(block.text, src)
        if block.text:
            rows += Markup(
                '<tr><td class="image_desc" style="text-align: center;">{}</td></tr>'
            ).format(text_html(block.text))
        return Markup(
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image center"><tbody>{}</tbody></table>'
        ).format(rows)

    def image_url(self, portal: Portal, src: str) -> str:
        return f"/uploads/news/{portal.id}/" + src

    def body_html(self, portal: Portal, article: Article) -> Markup:
        blocks = article.blocks[1:] if self.sapo(portal, article) else article.blocks
        parts = [self.figure(portal, b) if b.kind == "img" else self.paragraph(b) for b in blocks]
        return Markup("\n").join(parts)

    def sapo(self, portal: Portal, article: Article) -> Markup | None:
        """The tld skin prints the first paragraph as a bold lead above the body."""
        if portal.skin == "tld" and article.blocks and article.blocks[0].kind == "p":
            return text_html(article.blocks[0].text)
        return None

    def byline(self, portal: Portal, article: Article) -> Markup:
        return Markup("")

    def context(self, portal: Portal, today):
        ctx = super().context(portal, today)
        ctx["cls"] = CLASSES[portal.layout]
        ctx["nbsp20"] = Markup("&nbsp; " * 10)
        return ctx

    def chrome_fields(self, portal: Portal) -> tuple[str, ...]:
        fields = (*super().chrome_fields(portal), "site_subtitle", "category_label")
        if portal.skin == "tld":
            return (*fields, "counter_online", "counter_total")
        return fields

    def chrome_lists(self, portal: Portal) -> tuple[str, ...]:
        if portal.skin == "tld":
            return ("menu", "sidebar", "documents")
        return ("menu", "slogans", "links", "documents")

    def page_chrome(self, portal: Portal, article: Article) -> list[str]:
        lines = ["In bài", "Gửi bài viết", "Thông tin truy cập", "Đang truy cập", "Tổng truy cập"]
        if portal.skin == "tld":
            lines += ["In bài Gửi bài viết", "Chuyên mục", "Ảnh hoạt động", "Văn Bản Mới", "Video"]
            lines += ["Tin cùng chuyên mục"]
        else:
            lines += ["Tin khác", "Văn bản mới", "Liên kết web"]
        if portal.chrome.get("slogans"):
            lines.append(" ".join(portal.chrome["slogans"]))  # the marquee as one line
        return lines
