"""Issue 18, points 1-2: `attrib fixture draft` never writes outside --out and never destroys work."""

import json

from typer.testing import CliRunner

from attrib.cli import app

runner = CliRunner()
STORY = "\u201cThe dam will hold,\u201d said Mira Okafor, the site engineer."


def _draft(*args):
    return runner.invoke(app, ["fixture", "draft", *map(str, args), "-q"])


def test_draft_ids_that_leave_the_folder_stay_inside(tmp_path):
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "notes.json").write_text("my notes", encoding="utf-8")
    (victim / "notes.txt").write_text("my notes", encoding="utf-8")
    corpus = tmp_path / "in" / "corpus.jsonl"
    corpus.parent.mkdir()
    absolute = str(tmp_path / "victim" / "abs")
    corpus.write_text("\n".join(json.dumps({"id": i, "text": STORY}) for i in ("../../victim/notes", absolute)) + "\n",
                      encoding="utf-8")
    front = tmp_path / "in" / "front.txt"
    front.write_text("---\nid: ../../victim/notes\n---\n" + STORY.replace("dam", "weir"), encoding="utf-8")
    out = tmp_path / "out" / "drafts"
    result = _draft(corpus, front, "--out", out)
    assert result.exit_code in (0, 1), result.output
    assert (victim / "notes.json").read_text(encoding="utf-8") == "my notes"
    assert (victim / "notes.txt").read_text(encoding="utf-8") == "my notes"
    assert not (victim / "abs.json").exists()
    written = [p for p in tmp_path.rglob("*") if p.is_file() and out not in p.parents and p.parent != tmp_path / "in"]
    assert sorted(p.name for p in written) == ["notes.json", "notes.txt"]  # only the victim's own files
    for fixture in out.glob("*.json"):  # each draft holds its id and its text sits beside it
        data = json.loads(fixture.read_text(encoding="utf-8"))
        assert (out / data["file"]).resolve().parent == (out / "texts").resolve()


def _one_draft(tmp_path):
    """(the article folder, the fixtures folder, the one draft fixture of STORY)."""
    src = tmp_path / "articles"
    src.mkdir()
    (src / "dam.txt").write_text(STORY, encoding="utf-8")
    out = tmp_path / "fixtures"
    assert _draft(src, "--out", out).exit_code == 0
    (fixture,) = out.glob("*.json")
    return src, out, fixture


def test_draft_never_overwrites_reviewed_and_needs_force_for_drafts(tmp_path):
    src, out, fixture = _one_draft(tmp_path)
    corrected = json.loads(fixture.read_text(encoding="utf-8"))
    corrected["attributions"] = corrected["attributions"][:1]
    fixture.write_text(json.dumps(corrected), encoding="utf-8")
    again = _draft(src, "--out", out)
    assert again.exit_code == 1 and "--force" in again.stderr
    assert json.loads(fixture.read_text(encoding="utf-8")) == corrected  # the hand edit is kept
    assert _draft(src, "--out", out, "--force").exit_code == 0  # an unreviewed draft may be replaced on request
    assert runner.invoke(app, ["fixture", "review", str(fixture)]).exit_code == 0
    reviewed = fixture.read_text(encoding="utf-8")
    for extra in ((), ("--force",)):
        result = _draft(src, "--out", out, *extra)
        assert result.exit_code == 1 and "reviewed fixture; never overwritten" in result.stderr
        assert fixture.read_text(encoding="utf-8") == reviewed


def test_draft_safe_name_keeps_ids_apart():
    from attrib.evaluate.draft import safe_name

    names = {safe_name(i) for i in ("a/b", "a_b", "a%2Fb", "../x", "..", ".hidden", "/etc/x", "x" * 500)}
    assert len(names) == 8
    for name in names:
        assert "/" not in name and "\\" not in name and not name.startswith(".") and len(name) < 140


def test_draft_out_inside_an_input_folder_is_refused(tmp_path):
    src = tmp_path / "articles"
    src.mkdir()
    (src / "dam.txt").write_text(STORY, encoding="utf-8")
    result = _draft(src, "--out", src / "fixtures")
    assert result.exit_code == 2 and "inside the input folder" in result.stderr
    assert sorted(p.name for p in src.iterdir()) == ["dam.txt"]  # its texts would be read as articles next time


def test_review_marks_every_good_file_and_says_why_a_bad_one_is_not(tmp_path):
    _, _, fixture = _one_draft(tmp_path)
    bad = tmp_path / "bad.json"
    broken = json.loads(fixture.read_text(encoding="utf-8"))
    broken["attributions"][0]["kind"] = "shouted"
    bad.write_text(json.dumps(broken), encoding="utf-8")
    result = runner.invoke(app, ["fixture", "review", str(bad), str(fixture)])
    assert result.exit_code == 1 and "marked 1 fixture(s) reviewed" in result.stdout
    assert "bad.json: invalid fixture at 'attributions.0.kind'" in result.stderr
    assert json.loads(fixture.read_text(encoding="utf-8"))["reviewed"] is True
