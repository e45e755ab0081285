"""The project's fixtures load through the models and every span holds its text."""

from tests.conftest import FIXTURES


def test_fixtures_load_all_seeds(gold):
    assert len(gold.articles) == 5
    assert sum(len(v) for v in gold.attributions.values()) == 99
    assert len(gold.clusters) == 16
    assert gold.unreviewed == []


def test_fixtures_article_files_are_the_seed_texts(gold):
    for article in gold.articles:
        assert (FIXTURES / "seeds" / f"{article.id}.txt").read_text(encoding="utf-8") == article.text


def test_fixtures_cluster_members_exist(gold):
    ids = {r.id for records in gold.attributions.values() for r in records}
    for cluster in gold.clusters:
        assert set(cluster.members) <= ids
