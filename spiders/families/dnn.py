"""DotNetNuke portals: Default.aspx?tabid=..., /tabid/N/ArticleID/M/slug.aspx."""

from spiders.families.base import Hints

# DNN news modules render the body in a label or a "Normal"-styled container.
DNN = Hints(name="dnn", body=("[id$='_lblContent']", "[id*='ArticleContent']", ".Normal"))
