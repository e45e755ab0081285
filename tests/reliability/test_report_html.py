"""Issue 18, point 20: in the HTML report, a quotation over paragraphs keeps its hover text
inside its highlight: the markup is well nested, so no browser has to repair it."""

import re
from html.parser import HTMLParser

from typer.testing import CliRunner

from attrib.cli import app

runner = CliRunner()
ARTICLE = ("The council met on Tuesday.\n\n"
           "\u201cWe will open the new library in the spring. It will stay open late on weekdays.\n\n"
           "\u201cAnd every child in the district will get a card for free,\u201d said Mayor Ida Brandt.\n\n"
           "The vote is next week.\n")
VOID = {"meta", "br", "img", "input", "hr", "link"}


class Nesting(HTMLParser):
    """Checks that every element closes in order, and that hover texts sit in a highlight."""

    def __init__(self):
        super().__init__()
        self.stack, self.errors, self.tips = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        if tag == "span" and ("class", "tip") in attrs:
            self.tips += 1
            if not self.stack or self.stack[-1] != "mark":
                self.errors.append(f"tip outside a mark: {self.stack}")
        if tag == "mark" and "p" not in self.stack:
            self.errors.append("mark outside a paragraph")
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()


def test_report_html_quote_over_paragraphs_is_well_nested(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "r.html"
    assert runner.invoke(app, ["report", str(folder), "--html", str(out), "-q"]).exit_code == 0
    page = out.read_text(encoding="utf-8")
    article = page[page.index('<article class="article"'): page.index("</article>") + len("</article>")]
    checker = Nesting()
    checker.feed(article)
    assert checker.errors == [] and checker.stack == []
    assert checker.tips >= 2  # the quotation is highlighted in both of its paragraphs
    anchors = re.findall(r'<mark [^>]*\bid="([^"]+)"', article)
    assert anchors and len(anchors) == len(set(anchors))  # each statement's anchor once, on its first part
