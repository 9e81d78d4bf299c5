"""Golden saved pages: every field, the with/without snippets, and the figures' floors."""

from __future__ import annotations

import json

import pytest

from crawler.extract import extract_article
from crawler.textnorm import clean_line
from tests.conftest import run_cli
from tests.eval import extraction as ev

CASES = ev.article_cases()
FLOORS = json.loads(ev.FLOORS.read_text(encoding="utf-8"))


def test_corpus_covers_the_families():
    families = {golden["family"] for _, golden in CASES}
    assert len(CASES) >= 30 and len(families) >= 6
    assert len(ev.listing_cases()) >= 10


@pytest.mark.parametrize("path, golden", CASES, ids=[p.stem for p, _ in CASES])
def test_article_page(path, golden):
    found = extract_article(path.read_text(encoding="utf-8"), golden["url"])
    want = golden["expected"]
    assert found.title == want["title"]
    assert ev.same_date(found.published, want["published"]), found.published
    assert found.author == want["author"]
    assert ev.token_f1(found.text, want["text"]) >= 0.9
    lines = {clean_line(line) for line in found.text.split("\n")}
    for snippet in golden["with"]:
        assert snippet in found.text
    for chrome in golden["without"]:
        assert clean_line(chrome) not in lines, chrome


@pytest.fixture(scope="module")
def figures():
    ours, _ = ev.score_articles(ev.ours)
    trafilatura, _ = ev.score_articles(ev.trafilatura_alone)
    listings, _ = ev.score_listings()
    return ours, trafilatura, listings


def test_figures_hold_their_floors(figures):
    ours, _, listings = figures
    for key, floor in FLOORS["articles"].items():
        if key == "chrome_lines_leaked":
            assert ours[key] <= floor, key
        else:
            assert ours[key] >= floor, key
    for key, floor in FLOORS["listings"].items():
        if key in ("non_article_pct", "sidebar_links_pct"):
            assert listings[key] <= floor, key
        else:
            assert listings[key] >= floor, key


def test_ours_beats_trafilatura_alone(figures):
    ours, trafilatura, _ = figures
    assert ours["mean_token_f1"] > trafilatura["mean_token_f1"]
    assert ours["title_exact_pct"] > trafilatura["title_exact_pct"]
    assert ours["date_day_correct_pct"] > trafilatura["date_day_correct_pct"]
    assert ours["chrome_lines_leaked"] < trafilatura["chrome_lines_leaked"]


def test_extract_command_reruns_a_fixture():
    path, golden = next((p, g) for p, g in CASES if g["family"] == "sharepoint")
    result = run_cli("extract", str(path), "--url", golden["url"])
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert set(printed) == {"title", "published", "author", "text"}
    assert printed["title"] == golden["expected"]["title"]


def test_extract_command_reports_a_missing_file(tmp_path):
    result = run_cli("extract", str(tmp_path / "khong-co.html"), "--url", "http://x/1.html")
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1
