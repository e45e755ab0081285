"""Shared fixtures: one spaCy pipeline and one extractor for the whole session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"


@pytest.fixture(scope="session")
def extractor():
    from attrib.pipeline import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def nlp(extractor):
    return extractor.nlp


@pytest.fixture(scope="session")
def extract(extractor):
    """extract(text) -> list[Attribution] with the session's pipeline."""
    return extractor.extract_text


@pytest.fixture(scope="session")
def gold():
    from attrib.evaluate import load_gold

    return load_gold(FIXTURES / "gold")


@pytest.fixture(scope="session", autouse=True)
def _session_store(tmp_path_factory):
    """Runs in session- and module-scoped fixtures use a store of the session (never ./attrib.db)."""
    before = os.environ.get("ATTRIB_DB")
    os.environ["ATTRIB_DB"] = str(tmp_path_factory.mktemp("store") / "attrib.db")
    yield
    if before is None:
        os.environ.pop("ATTRIB_DB", None)
    else:
        os.environ["ATTRIB_DB"] = before


@pytest.fixture(autouse=True)
def _store_in_tmp(tmp_path, monkeypatch):
    """Every test's CLI runs use a store of their own (never ./attrib.db)."""
    monkeypatch.setenv("ATTRIB_DB", str(tmp_path / "attrib.db"))
