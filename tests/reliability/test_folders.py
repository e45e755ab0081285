"""Issue 18, point 7: what cannot be read inside an input folder is said, never skipped silently."""

import json
import os

from typer.testing import CliRunner

from attrib.cli import app

runner = CliRunner()
STORY = "Jonas Weber said the bakery would open at six."


def test_folders_unreadable_parts_are_each_one_line(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "hidden.txt").write_text(STORY, encoding="utf-8")
    (folder / "good.txt").write_text(STORY, encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "picture.png").write_bytes(b"\x89PNG")  # not an article: ignored, as before
    real = os.scandir

    def scandir(path):  # as a folder without read permission behaves (tests may run as root)
        if os.path.basename(path) == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = runner.invoke(app, ["extract", str(folder), "-f", "jsonl", "-q"])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3, result.stderr
    assert any("locked" in line and "cannot read folder (Permission denied)" in line for line in lines)
    assert any("gone.txt" in line and "broken symbolic link" in line for line in lines)
    assert any("pipe.txt" in line and "not a regular file" in line for line in lines)
    assert {json.loads(r)["doc_id"] for r in result.stdout.splitlines()} == {"in/good"}


def test_folders_dangling_symlink_fifo_and_linked_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(STORY, encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(folder / "pipe.txt")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "linked.txt").write_text(STORY.replace("six", "seven"), encoding="utf-8")
    (folder / "more").symlink_to(tmp_path / "elsewhere")  # a linked folder is read
    (folder / "loop").symlink_to(folder)  # once
    result = runner.invoke(app, ["extract", str(folder), "-f", "jsonl", "-q"])
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 2, result.stderr
    assert {json.loads(r)["doc_id"] for r in result.stdout.splitlines()} == {"in/good", "in/more/linked"}
