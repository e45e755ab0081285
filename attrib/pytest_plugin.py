"""pytest plugin: each document of a fixtures folder becomes a test item.

    pytest --attrib-fixtures path/to/fixtures [--attrib-allow-unreviewed]

An item passes when the current extractor finds every core gold record with the same
boundaries, speaker and kind, and nothing spurious; otherwise it fails with the
records side by side. Enabled by the ``pytest11`` entry point of the attrib package.
"""

from __future__ import annotations

from pathlib import Path

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("attrib")
    group.addoption("--attrib-fixtures", metavar="DIR", default=None,
                    help="attrib fixtures folder: one test item per annotated document.")
    group.addoption("--attrib-allow-unreviewed", action="store_true", default=False,
                    help="also test fixtures not yet marked reviewed.")


class FixtureMismatch(Exception):
    """The extractor's records differ from the fixture's."""


class FixtureItem(pytest.Item):
    def __init__(self, *, article, gold, **kwargs):
        super().__init__(**kwargs)
        self.article = article
        self.gold = gold

    def runtest(self) -> None:
        from attrib.evaluate.errors import document_errors

        extractor = _extractor(self.config)
        (result,) = list(extractor.run([self.article]))
        if result.error is not None:
            raise FixtureMismatch(f"extraction failed: {result.error.message}")
        found = document_errors(self.article.id, result.attributions, self.gold)
        if found.errors:
            raise FixtureMismatch(found)

    def repr_failure(self, excinfo, style=None):
        from attrib.evaluate.errors import describe

        if isinstance(excinfo.value, FixtureMismatch):
            value = excinfo.value.args[0]
            if isinstance(value, str):
                return value
            lines = [f"{self.article.id}: {len(value.errors)} record(s) differ from the fixture"]
            lines += [describe(e) for e in value.errors]
            return "\n".join(lines)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return Path(self.article.source or self.article.id), None, f"attrib fixture {self.article.id}"


def _extractor(config: pytest.Config):
    extractor = getattr(config, "_attrib_extractor", None)
    if extractor is None:
        from attrib.pipeline import Extractor

        extractor = config._attrib_extractor = Extractor()
    return extractor


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list) -> None:
    folder = config.getoption("--attrib-fixtures")
    if not folder:
        return
    from attrib.errors import FixtureError
    from attrib.evaluate.fixtures import load_gold

    try:
        gold = load_gold(folder)
    except FixtureError as exc:
        raise pytest.UsageError(str(exc)) from None
    allow = config.getoption("--attrib-allow-unreviewed")
    for article in gold.articles:
        if article.id in gold.unreviewed and not allow:
            continue
        items.append(FixtureItem.from_parent(session, name=f"attrib[{article.id}]", article=article,
                                             gold=gold.attributions[article.id]))
