"""The trained right-edge model (enrich/data/unit_edges.json, the one the tagger loads) set for every test of a
module that imports ``trained_model``, whatever another test set before."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from enrich import unitedge

TRAINED = unitedge.MODEL_PATH


@pytest.fixture(autouse=True)
def trained_model() -> Iterator[None]:
    unitedge.use_model(unitedge.EdgeModel.load(TRAINED))
    yield
    unitedge.forget_model()
