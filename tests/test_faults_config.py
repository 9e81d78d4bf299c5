"""Bad configuration through the real CLI: every malformed registry entry is one clear line naming
the file, the source and the field; `crawl --check` validates without crawling; the valid
sources still run."""

from __future__ import annotations

import re
import sqlite3

import pytest

from tests.conftest import run_cli

GOOD_IDS = ("ldld-nghe-an", "tld")

BROKEN = {
    # source id: (the entry's lines after id, the field the error must name)
    "unknown-field": ('colour = "đỏ"', "colour"),
    "bad-url": ('listing_urls = ["tin-hoat-dong.html"]', "listing_urls"),
    "bad-date-string": ('active_from = "2025-02-30"', "active_from"),
    "bad-date-literal": ("active_until = 2025-13-01", "active_until"),
    "ftp-scheme": ('url = "ftp://ldld.example.vn/"', "url"),
    "script-scheme": ('listing_urls = ["javascript:alert(1)"]', "listing_urls"),
    "outside-domains": ('allowed_domains = ["congdoan.example.vn"]', "listing_urls"),
}
TEMPLATE = """
[[source]]
id = "{id}"
name = "Liên đoàn Lao động tỉnh Thử Nghiệm"
unit_level = "province"
province = "Hà Nam"
{lines}
"""
DEFAULTS = {"url": 'url = "http://ldld.example.vn/"', "listing_urls": 'listing_urls = ["http://ldld.example.vn/tin"]'}


def entry(source_id: str, line: str) -> str:
    key = line.split("=")[0].strip()
    lines = [line] + [v for k, v in DEFAULTS.items() if k != key]
    return TEMPLATE.format(id=source_id, lines="\n".join(lines))


@pytest.fixture(scope="module")
def registry(sample_registry, tmp_path_factory):
    """The sample web's entries for two portals, the broken entries between them, and a second
    entry with the id of the first (a duplicate)."""
    text = sample_registry.read_text(encoding="utf-8")
    tables = ["[[source]]" + t for t in text.split("[[source]]")[1:]]
    good = [t for t in tables if re.search(rf'^id = "({"|".join(GOOD_IDS)})"', t, re.M)]
    assert len(good) == 2
    broken = [entry(source_id, line) for source_id, (line, _) in BROKEN.items()]
    path = tmp_path_factory.mktemp("config") / "portals.toml"
    path.write_text(good[0] + "".join(broken[:4]) + good[1] + "".join(broken[4:]) + good[0], encoding="utf-8")
    return path


def test_check_names_file_source_and_field_once_each_and_crawls_nothing(registry, tmp_path):
    db = tmp_path / "never.db"
    result = run_cli("crawl", "--check", "--registry", str(registry), "--db", str(db))
    assert result.returncode == 1
    assert result.stdout.strip() == f"{registry}: 2 valid sources, {len(BROKEN) + 1} invalid"
    lines = result.stderr.strip().splitlines()
    assert len(lines) == len(BROKEN) + 1
    for source_id, (_, field) in BROKEN.items():
        mine = [line for line in lines if f"source {source_id!r}" in line]
        assert len(mine) == 1, (source_id, lines)
        assert str(registry) in mine[0] and f"field {field!r}" in mine[0], mine[0]
    duplicate = [line for line in lines if "duplicates an earlier source" in line]
    first = re.search(r'^id = "([^"]+)"', registry.read_text(encoding="utf-8"), re.M)[1]
    assert len(duplicate) == 1 and f"source {first!r}" in duplicate[0] and "field 'id'" in duplicate[0]
    assert not db.exists()  # validated, not crawled


def test_a_syntax_error_spoils_only_its_own_table(registry):
    result = run_cli("crawl", "--check", "--registry", str(registry))
    line = next(x for x in result.stderr.splitlines() if "'bad-date-literal'" in x)
    assert re.search(rf"{re.escape(str(registry))}:\d+ \[\[source\]\] #\d+", line)
    assert "not valid TOML" in line


def test_the_valid_sources_still_run(registry, sampleweb, tmp_path):
    db = tmp_path / "unionwatch.db"
    result = run_cli("crawl", "--registry", str(registry), "--db", str(db), "--delay", "0")
    assert re.search(r"crawl run 1: 2 sources", result.stdout), result.stdout + result.stderr
    assert result.stderr.count("unionwatch: skipped:") == len(BROKEN) + 1
    with sqlite3.connect(db) as conn:
        stored = dict(conn.execute("SELECT source_id, count(*) FROM articles GROUP BY 1").fetchall())
    expected = {s: sum(1 for a in sampleweb.expected_articles() if a["source_id"] == s) for s in GOOD_IDS}
    assert stored == expected


def test_a_valid_registry_checks_clean(sample_registry):
    result = run_cli("crawl", "--check", "--registry", str(sample_registry))
    assert result.returncode == 0 and result.stderr == ""
    assert "0 invalid" in result.stdout
