"""CSV that is safe to open in a spreadsheet (OWASP, "CSV Injection").

A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula to
Excel, LibreOffice and Google Sheets: a quote such as ``=HYPERLINK("http://...")`` would run
when a fact-checker opens the file. As OWASP advises, such a cell is prefixed with a single
quote (``'=HYPERLINK(...)``), which spreadsheets show as text, and every cell is quoted.
The prefix is the only change to the text; readers of the CSV as data can strip it.
(The rule is a few lines; defusedcsv wraps the same rule around the csv module.)
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """``value`` with a leading ``'`` when a spreadsheet would read it as a formula."""
    return "'" + value if value.startswith(FORMULA_START) else value


def csv_text(rows: Iterable[Mapping[str, str]], columns: Sequence[str]) -> str:
    """A header and one line per row, every cell quoted and neutralised."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writeheader()
    writer.writerows({c: neutralise(str(row.get(c, ""))) for c in columns} for row in rows)
    return buffer.getvalue()
