"""The bundled portal registry (crawler/data/portals.toml): schema, ids, gazetteer links, evidence,
coverage, and the counts stated in docs/registry.md. Also `unionwatch sources` and `crawl --check`
on it, end to end."""

from __future__ import annotations

import asyncio
import re
import sqlite3
import tomllib
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler.registry import DEFAULT_REGISTRY, UNIT_LEVELS, level_counts, load_registry
from crawler.textnorm import fold
from enrich.catalog import PROVINCES_CSV, UNITS_CSV, read_csv
from tests.conftest import ROOT, run_cli

DOCS = ROOT / "docs" / "registry.md"
DISTRICT_LEVEL_END = date(2025, 6, 30)
REGISTRY = load_registry(DEFAULT_REGISTRY)
RAW = tomllib.loads(Path(DEFAULT_REGISTRY).read_text(encoding="utf-8"))["source"]
UNITS = {row["id"]: row for row in read_csv(UNITS_CSV)}
PROVINCES = {row["id"]: row for row in read_csv(PROVINCES_CSV)}
SOURCES = REGISTRY.sources


def _ids(sources) -> list[str]:
    return [s.id for s in sources]


def _province_names(province_id: str) -> set[str]:
    """Folded short name and aliases of a gazetteer province."""
    row = PROVINCES.get(province_id, {})
    names = [row.get("short_name", ""), *row.get("aliases", "").split(";")]
    return {fold(n.strip()) for n in names if n.strip()}


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


def test_every_entry_passes_the_schema():
    assert REGISTRY.errors == []
    assert len(SOURCES) == len(RAW), "every [[source]] table must load"


def test_ids_are_unique():
    duplicates = [i for i, n in Counter(raw["id"] for raw in RAW).items() if n > 1]
    assert duplicates == []


@pytest.mark.parametrize("source", SOURCES, ids=_ids(SOURCES))
def test_entry_is_documented_and_linked(source):
    assert source.checked_on is not None and source.checked_on <= date.today()
    assert source.evidence_url and urlsplit(source.evidence_url).scheme in ("http", "https")
    assert source.verified is not None, "verified must be stated, true or false"
    assert source.notes, "every entry says what its evidence shows"
    for text in (source.name, source.province or "", source.district or "", source.notes):
        assert unicodedata.is_normalized("NFC", text)
    assert source.unit_level in UNIT_LEVELS
    if source.unit_level != "sector":
        assert source.unit_id, "national, provincial and district sources name their unit"
    if source.unit_id is None:
        return
    unit = UNITS.get(source.unit_id)
    assert unit is not None, f"unit_id {source.unit_id!r} is not in enrich/data/units.csv"
    assert unit["level"] == source.unit_level
    assert fold(unit["name"]) == fold(source.name), "name is the unit's full gazetteer name"
    if source.unit_level in ("province", "district"):
        allowed = _province_names(unit["province_id"]) | _province_names(unit.get("province_new_id", ""))
        assert fold(source.province) in allowed, f"province {source.province!r} is not the unit's"
    if source.unit_level == "district":
        assert source.active_until == DISTRICT_LEVEL_END
        slug = fold(source.district).replace(" ", "-").replace("'", "-")
        assert unit["district_id"].split("--")[1].endswith(slug), "district is the unit's district"
    if unit.get("active_until"):
        assert source.active_until is not None, "a unit wound up in 2025 has an end date in the registry"


@pytest.mark.parametrize("source", [s for s in SOURCES if s.verified], ids=_ids([s for s in SOURCES if s.verified]))
def test_verified_means_a_page_of_the_host_or_its_province(source):
    # verified = true only on evidence from the portal's own host (or the province's portal naming
    # it, e.g. langson.gov.vn for huulung.langson.gov.vn); see docs/registry.md section 1.
    evidence = _host(source.evidence_url)
    hosts = {_host(u) for u in (source.url, *source.listing_urls)}
    assert any(h == evidence or h.endswith("." + evidence) for h in hosts)


def test_national_federation_and_all_current_provincial_unions_are_present():
    covered = {s.unit_id for s in SOURCES if s.active_until is None}
    assert "tld" in covered
    current = {uid for uid, u in UNITS.items() if u["level"] == "province" and not u.get("active_until")}
    assert len(current) == 34
    assert sorted(current - covered) == []


def test_counts_by_level_match_the_documentation():
    counts = level_counts(SOURCES)
    verified = Counter(s.unit_level for s in SOURCES if s.verified)
    print("\nregistry counts by level:", counts, "verified:", dict(verified))
    table = DOCS.read_text(encoding="utf-8")
    documented = {
        level: (int(total), int(ok))
        for level, total, ok in re.findall(r"^\| (\w+) \| (\d+) \| (\d+) \|", table, re.M)
    }
    expected = {level: (n, verified.get(level, 0)) for level, n in counts.items()}
    assert documented == expected, "update the counts table in docs/registry.md"
    total = re.search(r"^\| \*\*total\*\* \| \*\*(\d+)\*\* \| \*\*(\d+)\*\* \|", table, re.M)
    assert total and (int(total[1]), int(total[2])) == (len(SOURCES), sum(verified.values()))


def test_crawl_check_validates_the_bundled_registry(tmp_path):
    done = run_cli("crawl", "--check", "--db", str(tmp_path / "u.db"))
    assert done.returncode == 0, done.stderr
    assert f"{len(SOURCES)} valid sources, 0 invalid" in done.stdout


def test_sources_command_loads_the_registry_with_unit_links(tmp_path):
    db_path = tmp_path / "u.db"
    done = run_cli("sources", "--db", str(db_path))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    lines = done.stdout.splitlines()
    assert lines[0].split()[:3] == ["id", "level", "province"]
    assert len(lines) == len(SOURCES) + 2
    linked = sum(1 for s in SOURCES if s.unit_id)
    assert lines[-1].startswith(f"{len(SOURCES)} sources (")
    assert f"{linked} linked to units, 0 with an unknown unit_id" in lines[-1]
    with sqlite3.connect(db_path) as conn:
        rows = dict(conn.execute("SELECT id, unit_id FROM sources").fetchall())
        joined = conn.execute(
            "SELECT count(*) FROM sources s JOIN units u ON u.id = s.unit_id"
        ).fetchone()[0]
        fks = conn.execute("PRAGMA foreign_key_list(sources)").fetchall()
    assert rows == {s.id: s.unit_id for s in SOURCES}
    assert joined == linked
    assert any(fk[2] == "units" and fk[3] == "unit_id" and fk[4] == "id" for fk in fks)


def test_datasette_shows_the_unit_of_a_source(tmp_path):
    from feeds.server import make_datasette

    db_path = tmp_path / "unionwatch.db"
    assert run_cli("sources", "--db", str(db_path)).returncode == 0
    datasette = make_datasette(db_path, ROOT / "datasette-metadata.json")
    path = "/unionwatch/sources.json?_labels=on&_shape=array&id=ldld-nghe-an"
    rows = asyncio.run(datasette.client.get(path)).json()
    assert rows[0]["unit_id"] == {"value": "ldld-nghe-an", "label": "Liên đoàn Lao động tỉnh Nghệ An"}


def test_sources_command_reports_an_unknown_unit(tmp_path):
    registry = tmp_path / "one.toml"
    registry.write_text(
        '[[source]]\nid = "ldld-nowhere"\nname = "Liên đoàn Lao động tỉnh Không Có"\nunit_level = "province"\n'
        'province = "Không Có"\nurl = "https://ldld.example.vn/"\nlisting_urls = ["https://ldld.example.vn/tin"]\n'
        'unit_id = "ldld-khong-co"\n',
        encoding="utf-8",
    )
    done = run_cli("sources", "--db", str(tmp_path / "u.db"), "--registry", str(registry))
    assert done.returncode == 0
    assert done.stderr.strip() == (
        "unionwatch: source 'ldld-nowhere': unit_id 'ldld-khong-co' is not in the gazetteer"
    )
    assert done.stdout.splitlines()[-1] == (
        "1 sources (1 province; 0 invalid), 0 linked to units, 1 with an unknown unit_id"
    )
