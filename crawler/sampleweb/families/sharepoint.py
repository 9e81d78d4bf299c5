"""SharePoint 2010 government portals: /Pages/*.aspx, ribbon skip links, __VIEWSTATE, SA/CH clock."""

from __future__ import annotations

from markupsafe import Markup

from ..model import Article, Block, Portal
from .base import Family, Route, text_html

CLASSES = {
    "v1": {
        "list": "news-list",
        "item": "item",
        "thumb": "tbimg-news",
        "title": "title",
        "date": "date",
        "des": "des",
        "detail": "news-detail",
        "head": "news-title",
        "day": "day",
        "author": "author",
        "other": "other-news",
        "pager": "paging",
    },
    "v2": {
        "list": "dsTin",
        "item": "tinItem",
        "thumb": "anhTin",
        "title": "tieuDe",
        "date": "ngayDang",
        "des": "tomTat",
        "detail": "chiTietTin",
        "head": "tieuDeTin",
        "day": "thoiGian",
        "author": "tacGia",
        "other": "tinLienQuan",
        "pager": "phanTrang",
    },
}


class SharePoint(Family):
    name = "sharepoint"
    case_insensitive = True
    robots_txt = (
        "User-agent: *\n"
        "Disallow: /_layouts/\n"
        "Disallow: /_vti_bin/\n"
        "Disallow: /_catalogs/\n"
        "Disallow: /Search/\n"
        "Disallow: /Lists/\n"
    )
    headers = {
        "Server": "Microsoft-IIS/7.5",
        "MicrosoftSharePointTeamServices": "14.0.0.7015",
        "X-AspNet-Version": "2.0.50727",
        "X-Powered-By": "ASP.NET",
        "Cache-Control": "private, max-age=0",
    }

    def _section(self, portal: Portal) -> str:
        if portal.skin == "soctrang":
            return ""
        return "/tin-tuc-su-kien/tin-hoat-dong-cua-cac-co-quan-ban-nganh-xa-thi-tran"

    def home_path(self, portal: Portal) -> str:
        return "/Pages/default.aspx"

    def extra_routes(self, portal: Portal) -> dict[str, Route]:
        # IIS answers the bare host with a redirect to the welcome page.
        return {"/": Route("redirect", target=self.home_path(portal))}

    def listing_path(self, portal: Portal, page: int) -> str:
        if portal.skin == "soctrang":
            base = "/Pages/TinHoatDong.aspx?l=TinHoatDong"
            return base if page == 1 else f"{base}&Page={page}"
        base = self._section(portal) + "/Pages/default.aspx"
        return base if page == 1 else f"{base}?Page={page}"

    def article_path(self, portal: Portal, article: Article) -> str:
        if portal.skin == "soctrang":
            return f"/Pages/TinChiTiet.aspx?l=TinHoatDong&ItemID={article.key}"
        return f"{self._section(portal)}/Pages/{article.slug}-{article.key}.aspx"

    def article_date(self, portal: Portal, article: Article) -> str:
        when = article.published
        if not article.show_time:
            return when.strftime("%d/%m/%Y")
        return f"{when:%d/%m/%Y} {self.ampm(when)}"

    def listing_date(self, portal: Portal, article: Article) -> str:
        return f"({article.published:%d/%m/%Y})"

    def paragraph(self, block: Block) -> Markup:
        return Markup('<p style="text-align: justify;">{}</p>').format(text_html(block.text))

    def figure(self, portal: Portal, block: Block) -> Markup:
        src = self.image_url(portal, block.src)
        img = Markup(
            '<p style="text-align: center;"><img alt="" src="{}" style="margin: 5px; width: 500px;" /></p>'
        ).format(src)
        if not block.text:
            return img
        return img + Markup('<p style="text-align: center;"><em>{}</em></p>').format(
            text_html(block.text)
        )

    def image_url(self, portal: Portal, src: str) -> str:
        return "/PublishingImages/TinTuc/" + src

    def byline(self, portal: Portal, article: Article) -> Markup:
        if not article.byline:
            return Markup("")
        if portal.skin == "soctrang":
            return Markup('<p style="text-align: right;"><strong>{}</strong></p>').format(
                article.byline
            )
        return Markup("")  # the template prints it in its own block

    def context(self, portal: Portal, today):
        ctx = super().context(portal, today)
        ctx["cls"] = CLASSES[portal.layout]
        return ctx

    def related(self, portal: Portal, article: Article) -> list[Article]:
        return [] if portal.skin == "soctrang" else super().related(portal, article)

    def page_chrome(self, portal: Portal, article: Article) -> list[str]:
        if portal.skin == "soctrang":
            return ["TIN HOẠT ĐỘNG TIN HOẠT ĐỘNG", "Back", "văn bản mới", "liên kết web"]
        return [
            "Skip Ribbon Commands",
            "Skip to main content",
            "Tin tức - Sự kiện\xa0" + portal.category + "  ",
            "Các tin khác",
            "Văn bản mới",
            "Liên kết website",
        ]
