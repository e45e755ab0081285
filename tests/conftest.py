"""Shared fixtures: one spaCy pipeline and one extractor for the whole session."""

from __future__ import annotations

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
