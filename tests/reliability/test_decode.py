"""Issue 18, point 13: a stray byte does not turn a UTF-8 article into Windows-1252, and what
was done to read an article is said."""

import pytest
from typer.testing import CliRunner

from attrib.cli import app
from attrib.load import load_articles
from attrib.load.decode import decode_text

runner = CliRunner()


@pytest.mark.parametrize(
    "data,text,note",
    [
        ("Ren\u00e9e Fox said it.".encode() + b" \x93Fine\x94", "Ren\u00e9e Fox said it. \ufffdFine\ufffd",
         "2 byte(s) replaced by U+FFFD (first at byte 20)"),
        (b"Ren\xe9e Fox said \x93fine\x94.", "Ren\u00e9e Fox said \u201cfine\u201d.", "read as Windows-1252"),
        ("Ren\u00e9e Fox said it.".encode(), "Ren\u00e9e Fox said it.", None),
        # UTF-32 with its BOM, whose little-endian form begins with UTF-16's
        ("Ren\u00e9e Fox said it.".encode("utf-32"), "Ren\u00e9e Fox said it.", None),
        ("Ren\u00e9e Fox said it.".encode("utf-16"), "Ren\u00e9e Fox said it.", None),
    ],
)
def test_decode_by_the_evidence(data, text, note):
    decoded = decode_text(data, "a.txt")
    assert decoded.text == text
    assert (note in decoded.note) if note else decoded.note is None


def test_decode_note_is_said_and_the_article_read(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\u201cThe caf\u00e9 will stay open,\u201d said Ren\u00e9e Fox.\n".encode() + b"Footer \x81.\n")
    (article,), errors = load_articles([path])
    assert errors == [] and "Ren\u00e9e Fox" in article.text
    assert article.notes == [f"{path}: not valid UTF-8: 1 byte(s) replaced by U+FFFD (first at byte 56); "
                             "the rest read as UTF-8"]
    result = runner.invoke(app, ["extract", str(path), "-f", "jsonl", "-q"])
    assert result.exit_code == 0
    assert "a.txt: not valid UTF-8: 1 byte(s) replaced" in result.stderr
    assert "Ren\u00e9e Fox" in result.stdout and "Ren\u00c3" not in result.stdout
