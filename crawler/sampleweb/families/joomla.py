"""Joomla 3 sites without SEF URLs: index.php?option=com_content, ?start=N paging, "Chi tiết", "Lượt xem"."""

from __future__ import annotations

from markupsafe import Markup

from ..model import Article, Block, Portal
from .base import WEEKDAYS, Family, Route, text_html

CLASSES = {
    "v1": {
        "blog": "blog",
        "item": "item",
        "page": "item-page",
        "info": "article-info",
        "readmore": "readmore",
        "pagination": "pagination",
        "body": "itemFullText",
    },
    "v2": {
        "blog": "uk-article-list",
        "item": "uk-article",
        "page": "uk-article-single",
        "info": "uk-article-meta",
        "readmore": "uk-button",
        "pagination": "uk-pagination",
        "body": "uk-article-body",
    },
}
MONTHS = "Tháng"
CATID = 8
ITEMID = 102


class Joomla(Family):
    name = "joomla"
    robots_txt = (
        "User-agent: *\n"
        "Disallow: /administrator/\n"
        "Disallow: /bin/\n"
        "Disallow: /cache/\n"
        "Disallow: /cli/\n"
        "Disallow: /components/\n"
        "Disallow: /includes/\n"
        "Disallow: /installation/\n"
        "Disallow: /language/\n"
        "Disallow: /layouts/\n"
        "Disallow: /libraries/\n"
        "Disallow: /logs/\n"
        "Disallow: /modules/\n"
        "Disallow: /plugins/\n"
        "Disallow: /tmp/\n"
    )
    headers = {
        "Server": "Apache",
        "X-Powered-By": "PHP/5.6.40",
        "X-Content-Encoded-By": "Joomla! 3.9",
    }
    bulk = 26000

    def listing_path(self, portal: Portal, page: int) -> str:
        base = f"/index.php?option=com_content&view=category&layout=blog&id={CATID}&Itemid={ITEMID}"
        return base if page == 1 else f"{base}&start={(page - 1) * portal.per_page}"

    def article_path(self, portal: Portal, article: Article) -> str:
        return (
            f"/index.php?option=com_content&view=article&id={article.key}:{article.slug}"
            f"&catid={CATID}&Itemid={ITEMID}"
        )

    def home_path(self, portal: Portal) -> str:
        return "/index.php"

    def extra_routes(self, portal: Portal) -> dict[str, Route]:
        return {"/": Route("home")}

    def article_date(self, portal: Portal, article: Article) -> str:
        when = article.published
        day = WEEKDAYS[when.weekday()].capitalize()
        return f"{day}, {when.day:02d} {MONTHS} {when.month} {when.year} {when:%H:%M}"

    def listing_date(self, portal: Portal, article: Article) -> str:
        return self.article_date(portal, article)

    def paragraph(self, block: Block) -> Markup:
        return Markup(
            '<p style="text-align: justify;"><span style="font-family: \'times new roman\', times; font-size: 14pt;">{}</span></p>'
        ).format(text_html(block.text))

    def figure(self, portal: Portal, block: Block) -> Markup:
        src = self.image_url(portal, block.src)
        out = Markup(
            '<p style="text-align: center;"><img src="{}" alt="{}" width="550" height="366" /></p>'
        ).format(src, block.src.rsplit(".", 1)[0])
        if block.text:
            out += Markup(
                '<p style="text-align: center;"><span style="font-family: \'times new roman\', times; font-size: 12pt;"><em>{}</em></span></p>'
            ).format(text_html(block.text))
        return out

    def image_url(self, portal: Portal, src: str) -> str:
        return "/images/tin-hoat-dong/" + src

    def byline(self, portal: Portal, article: Article) -> Markup:
        if not article.byline:
            return Markup("")
        return Markup(
            '<p style="text-align: right;"><span style="font-family: \'times new roman\', times; font-size: 14pt;"><strong>{}</strong></span></p>'
        ).format(article.byline)

    def context(self, portal: Portal, today):
        ctx = super().context(portal, today)
        ctx["cls"] = CLASSES[portal.layout]
        return ctx

    def related(self, portal: Portal, article: Article) -> list[Article]:
        return [x for x in portal.articles[:5] if x.key != article.key]

    def page_chrome(self, portal: Portal, article: Article) -> list[str]:
        lines = ["Lượt xem:", "Bài viết mới", "Đang có 3 khách và không thành viên đang online"]
        if portal.layout == "v1":
            lines += ["Chi tiết", "Được đăng ngày"]
        return lines
