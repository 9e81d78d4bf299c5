"""SharePoint 2010/2013 government portals: /Pages/*.aspx, ribbon chrome, rich-text fields."""

from spiders.families.base import Hints

# Publishing pages keep the article in a rich-text field control; list views page with
# "Trang sau"/numbered links (postback pagers are not followed).
SHAREPOINT = Hints(
    name="sharepoint",
    body=(".ms-rtestate-field", "[id*='RichHtmlField']", ".ms-rteStyle-Normal"),
)
