"""Build: the package pyproject.toml declares, plus the tagging modules compiled to C by mypyc.

The sources listed in crawler/data/compiled.txt are compiled into one shared library with
extension modules beside them (an editable install builds them in place). Every extension is
optional: without mypyc, without a C compiler, with a type error or a failed compile, the build
goes on and the Python sources are used. UNIONWATCH_PURE_PYTHON=1 at build time skips compiling;
at run time it imports the sources even when a build is present (crawler/compiled.py).
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

from setuptools import setup

ROOT = Path(__file__).resolve().parent


def _compiled_module():
    spec = importlib.util.spec_from_file_location("_unionwatch_compiled", ROOT / "crawler" / "compiled.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _note(message: str) -> None:
    print(f"unionwatch build: {message}", file=sys.stderr)


def ext_modules() -> list:
    compiled = _compiled_module()
    if os.environ.get(compiled.ENV, "") not in ("", "0"):
        _note(f"{compiled.ENV} is set: the tagging modules stay Python")
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        _note("mypyc is not installed: the tagging modules stay Python")
        return []
    paths = compiled.sources()
    for orphan in compiled.orphans(ROOT, paths):  # a module no longer listed: its source again
        orphan.unlink()
    digest_path = ROOT / (compiled.DIGEST_MODULE.replace(".", "/") + ".py")
    digest_path.write_text(compiled.digest_module_text(compiled.digest(ROOT, paths)), encoding="utf-8")
    cwd = os.getcwd()
    os.chdir(ROOT)  # mypyc takes paths relative to the project
    try:
        extensions = mypycify(
            ["--ignore-missing-imports", "--follow-imports=silent", *paths, str(digest_path.relative_to(ROOT))],
            opt_level=os.environ.get("MYPYC_OPT_LEVEL", "3"),  # as mypyc's own command reads it
            group_name=compiled.GROUP,
        )
    except (Exception, SystemExit) as exc:  # a type error mypyc rejects ends in SystemExit
        _note(f"mypyc could not compile the tagging modules ({exc!r}): they stay Python")
        for built in compiled.extensions(ROOT, paths):  # an earlier build: the sources, quietly
            built.unlink()
        return []
    finally:
        os.chdir(cwd)
    for extension in extensions:
        extension.optional = True  # a failed C compile leaves the Python sources in use
    return extensions


setup(ext_modules=ext_modules())
