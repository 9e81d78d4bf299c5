"""The trained right-edge model (enrich/data/unit_edges.json, the one the tagger loads) set for every test of a
module that imports ``trained_model``, whatever another test set before."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from crawler.textnorm import fold
from enrich import unitedge
from enrich.gazetteer import gazetteer
from enrich.unittext import tokens

TRAINED = unitedge.MODEL_PATH


@pytest.fixture(autouse=True)
def trained_model() -> Iterator[None]:
    unitedge.use_model(unitedge.EdgeModel.load(TRAINED))
    yield
    unitedge.forget_model()


def forced_end(text: str, rule: str, limit: str, best: str) -> str:
    """The name (from the start of ``text``, the rules ending it after ``rule``) chosen under ``limit`` by a model
    that scores the name ``best`` best, the rules' end next and every other end lowest."""
    gaz = gazetteer()
    toks = tokens(text, 0, unitedge.WINDOW)
    scores = [2.0 if text[:t[2]] == best else 1.0 if text[:t[2]] == rule else 0.0 for t in toks]
    end = unitedge._choose(unitedge.EdgeModel({}, 0.0, limit), toks, list(range(1, len(toks) + 1)), scores, len(rule),
                           1, gaz.words, text, fold(text), lambda name: gaz.find_province(name, None) is not None)
    return text[:end]
