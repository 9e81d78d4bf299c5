"""Known page-chrome phrases (data/chrome.txt): lines to drop and lines that end an article."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from crawler.textnorm import fold

# Found from the package, not from this module's __file__: compiled (crawler/compiled.py), a
# module's __file__ names the shared library's folder, not its own.
CHROME_FILE = Path(str(resources.files("crawler"))) / "data" / "chrome.txt"
_PUNCT = re.compile(r"[\s:|»›>\-–.,;!?()\[\]\"'“”]+")


@lru_cache(maxsize=8192)
def _key(text: str) -> str:
    """A line folded, its punctuation runs as spaces: remembered, as every body line is asked
    both ``is_stop`` and ``is_chrome`` and a site's chrome lines repeat on all its pages."""
    return _PUNCT.sub(" ", fold(text)).strip()


@cache
def phrases() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """(whole-line phrases, prefixes, stop phrases), folded."""
    exact: set[str] = set()
    prefixes: list[str] = []
    stops: set[str] = set()
    for raw in CHROME_FILE.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("^"):
            prefixes.append(_key(line[1:]))
        elif line.startswith("!"):
            stops.add(_key(line[1:]))
        else:
            exact.add(_key(line))
    return frozenset(exact), tuple(prefixes), frozenset(stops)


def is_chrome(line: str) -> bool:
    """True for a line that is page chrome (counters, share bars, link blocks)."""
    exact, prefixes, stops = phrases()
    key = _key(line)
    if not key:
        return True
    if key in exact or key in stops:
        return True
    # "In bài Gửi bài viết", "Chia sẻ Facebook Zalo": a line made only of chrome words.
    words = key.split()
    if len(words) <= 8 and _only_chrome_phrases(key, exact):
        return True
    return key.startswith(prefixes)


def _only_chrome_phrases(key: str, exact: frozenset[str]) -> bool:
    rest = f" {key} "
    for phrase in _longest_first(exact):
        rest = rest.replace(phrase, " ")
    return not rest.strip()


@cache
def _longest_first(exact: frozenset[str]) -> tuple[str, ...]:
    """The whole-line phrases, longest first, each with its spaces around: sorted once."""
    return tuple(f" {phrase} " for phrase in sorted(exact, key=len, reverse=True))


def is_stop(line: str) -> bool:
    """True for a heading after which the article is over (related news, comments)."""
    return _key(line) in phrases()[2]
