"""Loading (attrib/load/*): txt with front matter, html, jsonl, folders, bad sources."""

import datetime as dt
import json

import pytest

from attrib.errors import LoadError
from attrib.load import iter_articles, load_articles
from attrib.load.outlet import infer_outlet


def test_load_txt_front_matter_offsets_count_from_body(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("---\noutlet: Daily Planet\npublished: 2024-05-01\ntitle: Hello\n---\nBody starts here.", encoding="utf-8")
    (article,), errors = load_articles([path])
    assert errors == []
    assert article.id == f"{tmp_path.name}/story"  # the path from the folder, led by its name
    assert article.text == "Body starts here."
    assert (article.outlet, article.outlet_inferred, article.published, article.title) == (
        "Daily Planet", False, dt.date(2024, 5, 1), "Hello")
    assert len(article.content_hash) == 64


def test_load_outlet_option_overrides(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("---\noutlet: X\n---\nText.", encoding="utf-8")
    (article,), _ = load_articles([path], outlet="Y")
    assert article.outlet == "Y"


@pytest.mark.parametrize(
    "text,outlet",
    [
        ("Header\n\nGlobeNews  |  Mar 3, 2024\n\nBody.", "GlobeNews"),
        ("LONDON (Reuters) - The bank held rates.", "Reuters"),
        ("LIMA, Peru (Reuters) - The bank held rates.", "Reuters"),
        ("Title\n\nOSLO, March 4 (AP) \u2014 The bank held rates.", "AP"),
        ("OSLO \u2014 The bank held rates.", None),
        ("Body.\n\nThe Courier reached out to the ministry for comment.", "The Courier"),
        ("The minister told Reuters that talks failed.", None),  # a channel, not the publisher
        ("Hale told MSNBC on Sunday that the vote was fair.", None),
        ("Body text.\n\nMore Valley Herald News\n", "Valley Herald News"),
        ("No outlet is named anywhere in this text.", None),
    ],
)
def test_load_outlet_inferred_with_evidence(text, outlet):
    guess = infer_outlet(text)
    assert (guess.outlet if guess else None) == outlet
    if guess:
        assert guess.evidence in text


def test_load_inferred_outlet_is_marked(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("LIMA, Peru (Reuters) - The minister said talks failed.", encoding="utf-8")
    (article,), _ = load_articles([path])
    assert (article.outlet, article.outlet_inferred, article.outlet_evidence) == ("Reuters", True, "LIMA, Peru (Reuters) -")


def test_load_html_keeps_extracted_text(tmp_path):
    body = " ".join(["The minister said the talks had failed after three days of meetings."] * 5)
    html = (f"<html><head><title>Talks fail</title><script>alert(1)</script></head>"
            f"<body><nav>Home | About</nav><article><h1>Talks fail</h1><p>{body}</p>"
            f"<p>\u201cWe tried,\u201d said Ana Lopes, the envoy.</p></article></body></html>")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (article,), errors = load_articles([path])
    assert errors == []
    assert "The minister said the talks had failed" in article.text
    assert "alert(1)" not in article.text
    assert article.title == "Talks fail"


def test_load_jsonl_lines_and_bad_lines(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text(
        json.dumps({"id": "a1", "text": "One.", "outlet": "Wire"}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "a2", "text": ""}) + "\n"
        + json.dumps({"id": "a3", "text": "Three.", "published": "2024-02-30"}) + "\n"
        + json.dumps({"id": "a4", "text": "Four."}) + "\n",
        encoding="utf-8",
    )
    articles, errors = load_articles([path])
    assert [a.id for a in articles] == ["a1", "a4"]
    assert articles[0].outlet == "Wire"
    assert [e.source for e in errors] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "malformed JSON" in str(errors[0]) and "empty 'text'" in str(errors[1]) and "published" in str(errors[2])


def test_load_folder_recursive_and_bad_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "good.txt").write_text("A story.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blank.txt").write_text("  \n\t\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "bad_front.txt").write_text("---\noutlet: [unclosed\n---\nText", encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")  # not an article type: ignored in folders
    items = list(iter_articles([tmp_path, tmp_path / "missing.txt"]))
    good = [i.id for i in items if not isinstance(i, LoadError)]
    bad = sorted(str(i) for i in items if isinstance(i, LoadError))
    assert good == [f"{tmp_path.name}/sub/good"]
    assert len(bad) == 5
    assert any("binary" in b for b in bad) and any("empty article" in b for b in bad)
    assert any("only whitespace" in b for b in bad) and any("front matter" in b for b in bad)
    assert any("no such file" in b for b in bad)


@pytest.mark.parametrize(
    "data,expected",
    [
        ("caf\u00e9 \u201cquoted\u201d".encode("utf-8"), "caf\u00e9 \u201cquoted\u201d"),
        ("\ufeffcaf\u00e9".encode("utf-8"), "caf\u00e9"),
        ("caf\u00e9 \u201cquoted\u201d".encode("utf-16"), "caf\u00e9 \u201cquoted\u201d"),
        ("caf\u00e9 \u201cquoted\u201d".encode("cp1252"), "caf\u00e9 \u201cquoted\u201d"),
    ],
)
def test_load_encodings(tmp_path, data, expected):
    path = tmp_path / "enc.txt"
    path.write_bytes(data)
    (article,), errors = load_articles([path])
    assert errors == [] and article.text == expected
