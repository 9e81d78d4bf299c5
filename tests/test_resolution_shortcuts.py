"""Shortcuts of resolution tagging give what their former definitions give: the law and charter
names tried only for the mention's first word, the short-form scanners skipped on a short text
that lacks their first word, glued codes found from their "/", and a title's lead word found by a
pattern spelt to be searched faster. Checked on the recorded corpus, the benchmark's composed
articles and texts made to reach each fallback."""

from __future__ import annotations

import random
import re

import pytest

from bench.tagging import composed_articles
from enrich import names, shortforms
from enrich.catalog import load_catalog
from enrich.citations import _GLUED, _glued, find_citations
from enrich.context import Article
from enrich.folding import fold_text
from enrich.tags import ResolutionTag
from tests import tagging_record

MADE = [
    "", ".", "!?", "\n", "Luật Công đoàn", "Bộ luật Lao động năm 2019 (sửa đổi)", "Điều lệ Công đoàn Việt Nam khóa XIII",
    "điều lệ CĐVN", "luật", "bo luat", "Theo Luật Việc làm và Luật An toàn, vệ sinh lao động!",
    "Nghị quyết số 02-NQ/TW? Chỉ thị 05. Kết luận 01\nQuyết định 12 và Quy định 8",
    "Luật Bảo hiểm xã hội " + "x " * 400 + "Luật Công đoàn năm 2012" + " y" * 400 + "!",
    "a" * 900 + " Nghị quyết 02 " + "b" * 900, "do Đại hội XIII đề ra; mà Đại hội đã thông qua; Văn kiện Đại hội",
    "NQ 02, CT 05, KL 01, QĐ 12, CTr 13", "Chương trình hành động số 13; Kế hoạch 5; Hướng dẫn 3; Công văn 8",
    "Thông báo 2, Thông tư 10, Đề án 6, Bộ luật Dân sự, Nghị định 145, Nghị Đại hội",
]


def _old_family(art: Article, m: shortforms.Mention, catalog) -> ResolutionTag | None:
    for pattern, docs in names._family_patterns(catalog):
        fm = pattern.match(art.f.folded, m.start)
        if fm is None:
            continue
        res = names._version(docs, fm, art)
        return names._tag(res, art, m.start, fm.end()) if res else None
    return None


def _old_glued(folded: str) -> list[tuple[int, int]]:
    out = []
    for lit in ("nq", "ct", "kl"):
        i = folded.find(lit)
        while i != -1:
            if folded[i + 2 : i + 4].lstrip()[:1].isdigit() and (m := _GLUED.match(folded, i)):
                out.append(m.span())
            i = folded.find(lit, i + 2)
    return out


def _old_hits(folded: str) -> list[tuple[int, int]]:
    return sorted(m.span() for p in shortforms._SCANNERS for m in p.finditer(folded))


@pytest.fixture(scope="module")
def texts() -> list[str]:
    corpus: list[str] = []
    for _, inputs in tagging_record.recorded_inputs():
        corpus += [inputs["text"], inputs["title"] or ""]
    corpus += [a[1] for a in composed_articles(60)] + [a[0] for a in composed_articles(60)]
    return corpus + MADE + [t.upper() for t in MADE]


def test_family_tries_the_mention_first_word_only(texts: list[str]) -> None:
    catalog = load_catalog()
    mentions = found = 0
    for text in texts:
        art = Article(fold_text(text), "2024-05-01", "Hà Nam")
        taken = [(c.start, c.end) for c in find_citations(art.f)]
        for m in shortforms.scan(art, taken):
            new, old = names._family(art, m, catalog), _old_family(art, m, catalog)
            assert new == old, (text[:80], m)
            mentions += 1
            found += new is not None
    assert mentions > 2_000 and found > 20


def test_each_scanner_opens_with_its_first_word() -> None:
    assert len(shortforms._FIRST_WORDS) == len(shortforms._SCANNERS)
    for first, pattern in zip(shortforms._FIRST_WORDS, shortforms._SCANNERS, strict=True):
        assert first.isalpha() and first.isascii()
        assert pattern.pattern.startswith(first + "(?<!")
    assert {s.split()[0] for s in shortforms._STARTERS} == set(shortforms._FIRST_WORDS)


def test_scan_of_short_texts_is_every_scanner(texts: list[str]) -> None:
    rng = random.Random(5)
    pieces = []
    for text in texts:
        folded = fold_text(text).folded
        pieces.append(folded)
        for _ in range(4):  # pieces around and below the short-text length
            a = rng.randint(0, len(folded))
            pieces.append(folded[a : a + rng.randint(1, shortforms._SHORT_TEXT + 40)])
    short = hits = 0
    for folded in pieces:
        art = Article(fold_text(folded))
        got = sorted((m.start, m.end) for m in shortforms.scan(art, []))
        assert got == _old_hits(art.f.folded), folded[:80]
        short += len(art.f.folded) < shortforms._SHORT_TEXT
        hits += len(got)
    assert short > 1_000 and hits > 1_000


def test_glued_codes_from_their_slash(texts: list[str]) -> None:
    rng = random.Random(3)
    folds = [fold_text(t).folded for t in texts]
    made = ["nq20/nqtw", "nq 20/tw", "nq  20/tw", "xnq20/tw", "ct 5 / t.w", "kl123/kltw", "kl1234/tw", "nq\t7\n/\ntw",
            "ct 12/tw nq 3/tw kl 4/t.w nq 9/tw", "/nq1/tw", "nq1/", "nq1/tw/", "1nq1/tw", "nq 1 2/tw", "nq\u00a01/tw"]
    for _ in range(3000):  # types, digits, spaces, slashes and "tw" thrown together
        made.append("".join(rng.choice(["nq", "ct", "kl", "tw", "t.w", "/", " ", "  ", "\t", "1", "23", "4567", "a", "x"])
                            for _ in range(rng.randint(1, 30))))
    for _ in range(2000):  # glued codes with every spacing, some broken, among other words
        sp = lambda: rng.choice(["", "", " ", "  ", "\t", "\n "])  # noqa: E731
        code = (rng.choice(["nq", "ct", "kl", "nd", "x nq"]) + sp() + str(rng.choice([1, 20, 123, 1234])) + sp()
                + rng.choice(["/", "-"]) + sp() + rng.choice(["", "nq", "ct"]) + sp() + rng.choice(["tw", "t.w", "tu"]))
        made.append(rng.choice(["", "theo ", "so", "1"]) + code + rng.choice(["", " ve", "/", "x", ", nq 5/tw"]))
    found = 0
    for folded in folds + made + [f.upper().lower() for f in made]:
        new = [m.span() for m in _glued(folded)]
        assert new == _old_glued(folded), folded[:80]
        found += len(new)
    assert found > 300


def test_title_lead_is_its_former_spelling(texts: list[str]) -> None:
    former = re.compile(r"(?<![a-z])ve(?![a-z])|[\"':]")
    made = ["ve", "ve ", " ve", "xve", "vex", "ve:", "\"ve\"", "về", "nghi quyet ve", "nghi quyet:ve", "eve ve", "v e", "'"]
    found = 0
    for folded in [fold_text(t).folded for t in texts] + made:
        for pos in range(0, len(folded) + 1, 7 if len(folded) > 300 else 1):
            for end in (pos + 90, pos + 3, len(folded)):
                new = names._TITLE_LEAD.search(folded, pos, end)
                old = former.search(folded, pos, end)
                assert (new and new.span()) == (old and old.span()), (folded[pos:end], pos, end)
                found += new is not None
    assert found > 10_000
