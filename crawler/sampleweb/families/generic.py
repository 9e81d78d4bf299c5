"""Home-made sites: an old ASP site (table layout, <font> tags) and a small PHP news site."""

from __future__ import annotations

from markupsafe import Markup

from ..model import Article, Block, Portal
from .base import Family, text_html

CLASSES = {
    "v1": {
        "list": "tinlist",
        "title": "tieude",
        "date": "ngay",
        "body": "noidung",
        "lead": "tomtat",
    },
    "v2": {
        "list": "post-list",
        "title": "post-title",
        "date": "post-date",
        "body": "post-body",
        "lead": "post-lead",
    },
}


class Generic(Family):
    name = "generic"
    robots_txt = "User-agent: *\nDisallow: /admin/\nDisallow: /search\nDisallow: /tim-kiem\n"
    headers = {"Server": "Apache/2.2.15 (CentOS)"}
    bulk = 24000

    def listing_path(self, portal: Portal, page: int) -> str:
        if portal.skin == "asp":
            return "/tinhoatdong.asp" + ("" if page == 1 else f"?page={page}")
        return "/tin-hoat-dong" + ("" if page == 1 else f"?page={page}")

    def article_path(self, portal: Portal, article: Article) -> str:
        if portal.skin == "asp":
            return f"/chitiet.asp?id={article.key}"
        return f"/tin-hoat-dong/{article.slug}-{article.key}.html"

    def article_date(self, portal: Portal, article: Article) -> str:
        when = article.published
        if portal.skin == "asp":
            return f"Ngày {when:%d/%m/%Y}"
        stamp = f"{when:%d/%m/%Y %H:%M}" if article.show_time else f"{when:%d/%m/%Y}"
        return f"{article.author} - {stamp}" if article.author else stamp

    def listing_date(self, portal: Portal, article: Article) -> str:
        return f"({article.published:%d/%m/%Y})"

    def paragraph(self, block: Block) -> Markup:
        return Markup(
            '<p align="justify"><font face="Times New Roman" size="3">{}</font></p>'
        ).format(text_html(block.text))

    def figure(self, portal: Portal, block: Block) -> Markup:
        src = self.image_url(portal, block.src)
        out = Markup('<p align="center"><img src="{}" border="0" width="450"></p>').format(src)
        if block.text:
            out += Markup(
                '<p align="center"><font face="Times New Roman" size="2"><i>{}</i></font></p>'
            ).format(text_html(block.text))
        return out

    def image_url(self, portal: Portal, src: str) -> str:
        return "/upload/" + src

    def byline(self, portal: Portal, article: Article) -> Markup:
        if portal.skin == "php" or not article.byline:
            return Markup("")  # the PHP skin prints the author in the date line
        return Markup(
            '<p align="right"><font face="Times New Roman" size="3"><b>{}</b></font></p>'
        ).format(article.byline)

    def context(self, portal: Portal, today):
        ctx = super().context(portal, today)
        ctx["cls"] = CLASSES[portal.layout]
        return ctx

    def chrome_fields(self, portal: Portal) -> tuple[str, ...]:
        if portal.skin == "asp":
            return ("footer_name", "footer_address")  # the banner is a picture
        return super().chrome_fields(portal)

    def page_chrome(self, portal: Portal, article: Article) -> list[str]:
        if portal.skin == "asp":
            return ["Tin khác", "Văn bản", "Liên kết"]
        return ["Tin khác", "Văn bản", "Liên kết", "Về đầu trang"]
