"""Article text made safe to show to people: terminals, Markdown and the HTML report.

Scraped text can hold terminal escape sequences (ESC ``[2J`` clears a screen, OSC 8 forges
a link), raw HTML (which a Markdown viewer renders), and bidirectional controls (U+202E
RIGHT-TO-LEFT OVERRIDE makes "yes" read as "sey"). In human-facing output every control
character (except line break and tab) and every bidi control is replaced by a visible
token such as ``⟨U+202E⟩``, so the reader sees that it was there; Markdown cells are also
HTML-escaped. Machine outputs (JSON, JSONL, CSV) keep the text exactly as printed.
"""

from __future__ import annotations

import html
import re

from rich.markup import escape as _rich_escape

# C0 and C1 controls but line feed and tab; DEL; the bidi embeddings, overrides, isolates
# and marks; the line and paragraph separators (a terminal or table would break there).
_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def visible(text: str) -> str:
    """``text`` with each control and bidi character shown as ``⟨U+XXXX⟩``."""
    return _HIDDEN.sub(lambda m: f"\u27e8U+{ord(m.group(0)):04X}\u27e9", text)


def markup_escape(text: str) -> str:
    """For rich markup strings: visible, then rich's own escaping of ``[``."""
    return _rich_escape(visible(text))


def html_escape(text: str, quote: bool = True) -> str:
    """For HTML: visible, then HTML-escaped."""
    return html.escape(visible(text), quote=quote)


def md_cell(text: str) -> str:
    """One Markdown table cell: visible, HTML-escaped (a viewer would render raw HTML),
    pipes escaped and line breaks folded."""
    return html.escape(visible(text), quote=False).replace("|", "\\|").replace("\n", " ")
