"""Issue 18, point 15: messages show paths and text as they are, name the file that could not
be written, and name a damaged store."""

import errno

from typer.testing import CliRunner

from attrib.cli import app

runner = CliRunner()
STORY = "\u201cThe pier reopens on Friday :100:,\u201d said Ada Quist, the harbour master."


def test_messages_no_emoji_in_paths_or_text(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "score :100: [red]x.txt").write_bytes(b"")
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(folder), "-q"])
    assert result.exit_code == 1
    assert "score :100: [red]x.txt: empty article" in result.stderr
    assert ":100:" in result.stdout and "\U0001f4af" not in result.stdout + result.stderr


def test_messages_full_disk_names_the_file(tmp_path, monkeypatch):
    from attrib.report import write

    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    real = write.os.fsync

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(write.os, "fsync", full)
    out = tmp_path / "out" / "records.jsonl"
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "-f", "jsonl", "-o", str(out), "-q"])
    monkeypatch.setattr(write.os, "fsync", real)
    assert result.exit_code == 2
    assert f"error: {out}: cannot write (No space left on device)" in result.stderr
    assert list(out.parent.iterdir()) == []  # no temporary file left behind


def test_messages_damaged_store_is_named(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(30):
        (folder / f"a{i:02d}.txt").write_text(STORY.replace("Friday", f"day {i}") * 20, encoding="utf-8")
    db = tmp_path / "s.db"
    assert runner.invoke(app, ["extract", str(folder), "--db", str(db), "-q"]).exit_code == 0
    data = bytearray(db.read_bytes())
    page = 4096
    assert len(data) > 8 * page
    data[4 * page: len(data) - 2 * page] = b"\xa5" * (len(data) - 6 * page)  # the middle of the file
    db.write_bytes(bytes(data))
    for command in (["extract", "-f", "jsonl"], ["claims", "-f", "json"], ["extract", str(folder), "-f", "jsonl"]):
        result = runner.invoke(app, [*command, "--db", str(db), "-q"])
        assert result.exit_code == 2, (command, result.output)
        assert "please report" not in result.stderr and "unexpected" not in result.stderr
        assert f"{db}: " in result.stderr and ("damaged" in result.stderr or "not an attrib store" in result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1


def test_messages_schema_write_failure_names_the_file(tmp_path, monkeypatch):
    from attrib.report import write

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(write.os, "fsync", full)
    result = runner.invoke(app, ["schema", "--out", str(tmp_path / "schemas")])
    assert result.exit_code == 2 and "unexpected" not in result.stderr
    assert "schemas/" in result.stderr and "cannot write (No space left on device)" in result.stderr
