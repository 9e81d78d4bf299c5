"""The modules compiled by setup.py (crawler/compiled.py): a build is used only when it was made
from the sources on disk, UNIONWATCH_PURE_PYTHON=1 imports the sources, and the compiled modules
tag and read pages exactly as the sources do."""

from __future__ import annotations

import importlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from crawler import compiled

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = tuple(importlib.machinery.EXTENSION_SUFFIXES)
BUILT = bool(compiled.extensions()) and compiled.state() == compiled.COMPILED
REQUIRE_ENV = "UNIONWATCH_REQUIRE_COMPILED"  # set by .ci/run: there a build that fell back to the sources is an error


@pytest.mark.skipif(os.environ.get(REQUIRE_ENV, "") in ("", "0"), reason=f"{REQUIRE_ENV} is not set")
def test_the_build_compiled_every_listed_module_where_required() -> None:
    """The install compiles the listed modules with mypyc; a type error mypyc rejects makes the build go on
    with the sources (setup.py), which only this check turns into a failure."""
    assert BUILT, f"the compiled modules are missing or older than their sources (state {compiled.state()!r}): " \
        "build with `pip install -e .` and read the mypyc error it prints"


def _python(code: str, *, path: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if k != compiled.ENV}
    full.update({"PYTHONPATH": str(path), **(env or {})})
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=path, env=full, timeout=300)


_ORIGINS = (
    "import json, importlib, crawler.compiled as c\n"
    "mods = [importlib.import_module(c.module_name(p)) for p in c.sources()]\n"
    "print(json.dumps([c.state(), {m.__name__: m.__spec__.origin for m in mods}]))\n"
)


def test_the_list_names_existing_sources_once() -> None:
    listed = compiled.sources()
    assert len(listed) == len(set(listed)) > 20
    assert all((ROOT / p).is_file() and p.endswith(".py") for p in listed)
    assert "enrich/units.py" in listed and "enrich/resolutions.py" in listed
    assert not any(p.endswith(("__init__.py", "compiled.py")) for p in listed)


def test_a_build_present_is_the_build_of_these_sources() -> None:
    """What the state says holds: compiled means every listed module comes from its extension
    and the build's digest is the sources' digest; a build present is never silently stale."""
    state = compiled.state()
    assert state in (compiled.COMPILED, compiled.PURE, compiled.FORCED), state
    if state == compiled.PURE:
        assert not compiled.extensions()
        return
    if state == compiled.FORCED:
        assert os.environ.get(compiled.ENV) not in (None, "", "0")
        return
    assert compiled.built_digest() == compiled.digest() and not compiled.orphans()
    for path in compiled.sources():
        module = importlib.import_module(compiled.module_name(path))
        assert module.__spec__.origin.endswith(SUFFIXES), module.__spec__.origin


def test_the_switch_imports_every_source() -> None:
    done = _python(_ORIGINS, env={compiled.ENV: "1"})
    assert done.returncode == 0, done.stderr
    state, origins = json.loads(done.stdout)
    assert state == compiled.FORCED
    assert origins == {compiled.module_name(p): str(ROOT / p) for p in compiled.sources()}


def test_the_digest_follows_every_byte_and_the_list(tmp_path: Path) -> None:
    for name in ("a.py", "b.py"):
        (tmp_path / name).write_text("VALUE = 1\n")
    first = compiled.digest(tmp_path, ["a.py", "b.py"])
    assert compiled.digest(tmp_path, ["a.py", "b.py"]) == first
    assert compiled.digest(tmp_path, ["b.py", "a.py"]) != first
    assert compiled.digest(tmp_path, ["a.py"]) != first
    (tmp_path / "b.py").write_text("VALUE = 1 \n")
    assert compiled.digest(tmp_path, ["a.py", "b.py"]) != first


def test_an_extension_beside_an_unlisted_source_is_an_orphan(tmp_path: Path) -> None:
    (tmp_path / "enrich").mkdir()
    (tmp_path / "crawler").mkdir()
    for name in ("enrich/units.py", "enrich/old.py", "crawler/textnorm.py"):
        (tmp_path / name).write_text("")
    suffix = SUFFIXES[0]
    for stem in ("enrich/units", "enrich/old", "crawler/textnorm", "crawler/tagging__mypyc", "crawler/compiled_digest"):
        (tmp_path / f"{stem}{suffix}").write_bytes(b"")
    assert sorted(compiled.orphans(tmp_path, ["enrich/units.py"])) == [
        tmp_path / f"crawler/textnorm{suffix}", tmp_path / f"enrich/old{suffix}"]
    assert len(compiled.extensions(tmp_path, ["enrich/units.py"])) == 2  # units and the digest module


def test_the_source_finder_passes_over_an_extension(tmp_path: Path) -> None:
    package = tmp_path / "shadowpkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "mod.py").write_text("VALUE = 'source'\n")
    (package / f"mod{SUFFIXES[0]}").write_bytes(b"not a shared library")
    code = "import shadowpkg.mod as m; print(m.VALUE)"
    assert _python(code, path=tmp_path).returncode != 0  # the extension shadows the source
    finder = "import sys, crawler.compiled as c; sys.meta_path.insert(0, c.SourceFinder({'shadowpkg.mod'}))\n"
    done = _python(finder + code, path=tmp_path, env={"PYTHONPATH": f"{tmp_path}{os.pathsep}{ROOT}"})
    assert done.returncode == 0 and done.stdout.strip() == "source", done.stderr


@pytest.mark.skipif(not BUILT, reason="the tagging modules are not compiled here")
def test_a_source_edited_after_the_build_is_imported_with_a_warning(tmp_path: Path) -> None:
    """A copy of the built tree: as built, the compiled modules load; with one source edited,
    every listed module comes from its source and one warning says why."""
    for package in ("crawler", "enrich"):
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    done = _python(_ORIGINS, path=tmp_path)
    assert done.returncode == 0, done.stderr
    state, origins = json.loads(done.stdout)
    assert state == compiled.COMPILED and all(o.endswith(SUFFIXES) for o in origins.values())
    with open(tmp_path / "enrich" / "units.py", "a", encoding="utf-8") as f:
        f.write("\n# edited after the build\n")
    done = _python(_ORIGINS, path=tmp_path)
    assert done.returncode == 0, done.stderr
    state, origins = json.loads(done.stdout)
    assert state == compiled.STALE
    assert origins == {compiled.module_name(p): str(tmp_path / p) for p in compiled.sources()}
    assert done.stderr.count("RuntimeWarning: the compiled tagging modules do not match their sources") == 1


_TAGS = (
    "import dataclasses, json, sys\n"
    "from bench.tagging import composed_articles\n"
    "from enrich import tag\n"
    "import crawler.compiled as c\n"
    "out = [c.state()]\n"
    "for title, text, published, province in composed_articles(int(sys.argv[1])):\n"
    "    t = tag(text, title=title, published=published, province=province)\n"
    "    out.append([[dataclasses.asdict(r) for r in t.resolutions], [dataclasses.asdict(u) for u in t.units]])\n"
    "print(json.dumps(out, ensure_ascii=False, default=str))\n"
)


@pytest.mark.skipif(not BUILT, reason="the tagging modules are not compiled here")
def test_compiled_and_sources_tag_the_benchmark_articles_alike() -> None:
    """The articles the speed is measured on (tests/test_tagging_recorded.py holds the recorded corpus)."""
    runs = {}
    for env in ({}, {compiled.ENV: "1"}):
        done = subprocess.run([sys.executable, "-c", _TAGS, "300"], capture_output=True, text=True, cwd=ROOT,
                              env={**{k: v for k, v in os.environ.items() if k != compiled.ENV},
                                   "PYTHONPATH": str(ROOT), **env}, timeout=600)
        assert done.returncode == 0, done.stderr
        state, *tags = json.loads(done.stdout)
        runs[state] = tags
    assert set(runs) == {compiled.COMPILED, compiled.FORCED}
    assert runs[compiled.COMPILED] == runs[compiled.FORCED]
    assert sum(len(r) + len(u) for r, u in runs[compiled.COMPILED]) > 600


@pytest.mark.skipif(not BUILT, reason="the compiled modules are not built here")
def test_compiled_and_sources_read_pages_alike() -> None:
    """The extraction workers' reading (tests/compiled_pages.py): every page of the sample web
    and of a generated web through the page jobs, every saved page through both extractors."""
    runs = {}
    for env in ({}, {compiled.ENV: "1"}):
        done = subprocess.run([sys.executable, "-m", "tests.compiled_pages"], capture_output=True, text=True,
                              cwd=ROOT, env={**{k: v for k, v in os.environ.items() if k != compiled.ENV},
                                             "PYTHONPATH": str(ROOT), **env}, timeout=600)
        assert done.returncode == 0, done.stderr
        state, results = done.stdout.split("\n", 1)
        runs[state] = json.loads(results)
    assert set(runs) == {compiled.COMPILED, compiled.FORCED}
    assert runs[compiled.COMPILED] == runs[compiled.FORCED]
    pages = runs[compiled.COMPILED]
    assert len(pages["sample"]) > 100 and len(pages["generated"]) > 50 and len(pages["saved"]) > 40
    assert sum(1 for page in pages["sample"] if page[0] == "error") == 0
