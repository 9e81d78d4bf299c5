"""DotNetNuke portals: /tabid/NN/ArticleID/NNN/slug.aspx, Default.aspx?tabid= aliases, dnn_ctr panes."""

from __future__ import annotations

from markupsafe import Markup

from ..model import Article, Block, Portal
from .base import Family, Route, text_html

TABID = 85
CLASSES = {
    "v1": {
        "list": "edn_articleList",
        "item": "edn_article",
        "title": "edn_articleTitle",
        "date": "edn_metaDate",
        "summary": "edn_articleSummary",
        "detail": "edn_article_details",
        "content": "edn_articleContent",
        "pager": "edn_pagination",
    },
    "v2": {
        "list": "news-module-list",
        "item": "news-row",
        "title": "news-heading",
        "date": "news-time",
        "summary": "news-lead",
        "detail": "news-full",
        "content": "news-body",
        "pager": "news-pager",
    },
}


class Dnn(Family):
    name = "dnn"
    case_insensitive = True
    robots_txt = (
        "User-agent: *\n"
        "Disallow: /admin/\n"
        "Disallow: /App_Browsers/\n"
        "Disallow: /App_Code/\n"
        "Disallow: /App_Data/\n"
        "Disallow: /bin/\n"
        "Disallow: /Config/\n"
        "Disallow: /controls/\n"
        "Disallow: /DesktopModules/\n"
        "Disallow: /Install/\n"
        "Disallow: /Providers/\n"
    )
    headers = {
        "Server": "Microsoft-IIS/8.5",
        "X-AspNet-Version": "4.0.30319",
        "X-Powered-By": "ASP.NET",
    }
    bulk = 28000

    def home_path(self, portal: Portal) -> str:
        return "/Default.aspx"

    def listing_path(self, portal: Portal, page: int) -> str:
        if page == 1:
            return f"/tin-tuc/tin-hoat-dong/tabid/{TABID}/Default.aspx"
        return f"/tin-tuc/tin-hoat-dong/tabid/{TABID}/pgrid/421/pageid/{page}/Default.aspx"

    def article_path(self, portal: Portal, article: Article) -> str:
        return f"/tin-tuc/tin-hoat-dong/tabid/{TABID}/ArticleID/{article.key}/{article.slug}.aspx"

    def alias_path(self, article: Article) -> str:
        """The query-string address DNN also answers for the same article."""
        return f"/Default.aspx?tabid={TABID}&ArticleID={article.key}"

    def extra_routes(self, portal: Portal) -> dict[str, Route]:
        routes = {"/": Route("home")}
        for article in portal.articles:
            routes[self.alias_path(article)] = Route("article", key=article.key)
        return routes

    def article_date(self, portal: Portal, article: Article) -> str:
        when = article.published
        return (
            f"Cập nhật lúc {when:%H:%M} ngày {when:%d/%m/%Y}"
            if article.show_time
            else f"Ngày {when:%d/%m/%Y}"
        )

    def listing_date(self, portal: Portal, article: Article) -> str:
        return f"{article.published:%d/%m/%Y %H:%M}"

    def paragraph(self, block: Block) -> Markup:
        return Markup('<div style="text-align: justify;">{}</div>').format(text_html(block.text))

    def figure(self, portal: Portal, block: Block) -> Markup:
        src = self.image_url(portal, block.src)
        out = Markup(
            '<div style="text-align: center;"><img alt="" src="{}" style="width: 560px; height: 373px;" /></div>'
        ).format(src)
        if block.text:
            out += Markup(
                '<div style="text-align: center;"><span style="color:#0000ff;"><em>{}</em></span></div>'
            ).format(text_html(block.text))
        return out

    def image_url(self, portal: Portal, src: str) -> str:
        return "/Portals/0/EasyDNNNews/" + src

    def byline(self, portal: Portal, article: Article) -> Markup:
        if not article.byline:
            return Markup("")
        return Markup('<div style="text-align: right;"><strong>{}</strong></div>').format(
            article.byline
        )

    def context(self, portal: Portal, today):
        ctx = super().context(portal, today)
        ctx["cls"] = CLASSES[portal.layout]
        ctx["tabid"] = TABID
        return ctx

    def related(self, portal: Portal, article: Article) -> list[Article]:
        others = super().related(portal, article)
        return others + [x for x in portal.articles[:5] if x.key != article.key and x not in others]

    def page_chrome(self, portal: Portal, article: Article) -> list[str]:
        return ["Các tin khác", "Tin mới nhất", "Văn bản mới", "Liên kết website", "Lượt xem:"]
