from pathlib import Path

import pytest

from crawler.registry import DEFAULT_REGISTRY, RegistryError, load_registry, parse_registry

GOOD = """
[[source]]
id = "ldld-soc-trang"
name = "Liên đoàn Lao động tỉnh Sóc Trăng"
unit_level = "province"
province = "Sóc Trăng"
url = "https://ldld.example.vn/"
listing_urls = ["https://ldld.example.vn/tin-hoat-dong"]
family = "sharepoint"
active_until = 2025-06-30
max_pages = 3
delay = 2
"""


def bad(field_line: str, source_id: str = "bad-one") -> str:
    return f"""
[[source]]
id = "{source_id}"
name = "X"
unit_level = "province"
province = "Hà Nam"
url = "https://x.example.vn/"
listing_urls = ["https://x.example.vn/tin"]
{field_line}
"""


def test_valid_source_is_loaded_with_types():
    registry = parse_registry(GOOD, "good.toml")
    assert registry.errors == []
    source = registry.get("ldld-soc-trang")
    assert source.listing_urls == ("https://ldld.example.vn/tin-hoat-dong",)
    assert source.delay == 2.0 and source.max_pages == 3
    assert source.domains == ("ldld.example.vn",)
    assert source.active_until.isoformat() == "2025-06-30"


@pytest.mark.parametrize(
    "line, field",
    [
        ("colour = 'red'", "unknown field 'colour'"),
        ("family = 'drupal'", "field 'family'"),
        ("active_from = '2020-01-01'", "field 'active_from'"),
        ("max_pages = -1", "field 'max_pages'"),
        ("delay = 'slow'", "field 'delay'"),
        ("allowed_domains = 'x.vn'", "field 'allowed_domains'"),
        ("selectors = { headline = 'h1' }", "unknown selector 'headline'"),
    ],
)
def test_each_bad_field_is_one_clear_error_and_others_survive(line, field):
    registry = parse_registry(GOOD + bad(line), "reg.toml")
    assert [s.id for s in registry.sources] == ["ldld-soc-trang"]
    assert len(registry.errors) == 1
    error = registry.errors[0]
    assert "reg.toml" in error and "'bad-one'" in error and field in error


def test_bad_url_and_scheme():
    text = GOOD + bad("", "ftp-one").replace('url = "https://x.example.vn/"', 'url = "ftp://x.example.vn/"')
    text += bad("", "rel-one").replace('listing_urls = ["https://x.example.vn/tin"]', 'listing_urls = ["/tin"]')
    registry = parse_registry(text, "reg.toml")
    assert len(registry.errors) == 2
    assert "field 'url' must be an http(s) URL" in registry.errors[0]
    assert "field 'listing_urls'" in registry.errors[1]


def test_duplicate_id_and_missing_field():
    registry = parse_registry(GOOD + GOOD + bad("").replace('name = "X"\n', ""), "reg.toml")
    assert len(registry.sources) == 1
    assert any("duplicates an earlier source" in e for e in registry.errors)
    assert any("missing field 'name'" in e for e in registry.errors)


def test_unreadable_registry_is_a_registry_error(tmp_path):
    with pytest.raises(RegistryError, match="not found"):
        load_registry(tmp_path / "missing.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("[[source]\nid=", encoding="utf-8")
    with pytest.raises(RegistryError, match="not valid TOML"):
        load_registry(broken)


def test_select_unknown_source():
    registry = parse_registry(GOOD, "reg.toml")
    with pytest.raises(RegistryError, match="unknown source 'nope'"):
        registry.select(["nope"])


def test_bundled_registry_is_valid():
    registry = load_registry(DEFAULT_REGISTRY)
    assert registry.errors == []
    assert Path(registry.path).name == "portals.toml"
