"""Who-said-what output of extracted records: table, jsonl, json, csv, md."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence

from rich.table import Table

from attrib.load.paths import OUTPUT_MARK
from attrib.models import Article, Attribution
from attrib.report.safe import markup_escape as escape
from attrib.report.safe import md_cell
from attrib.report.spreadsheet import csv_text
from attrib.report.table import outlet_label, table_rows, trim_text

FORMATS = ("table", "jsonl", "json", "csv", "md")
COLUMNS = ("doc_id", "speaker", "role", "kind", "statement", "cue", "via", "outlet")
CSV_COLUMNS = (*COLUMNS, "outlet_inferred", "published", "url")


def rows(records: Sequence[Attribution], articles: Sequence[Article], *, trim: bool = True,
         columns: Sequence[str] = COLUMNS) -> list[dict[str, str]]:
    """Flat rows of the who-said-what table, in article order (see attrib.report.table); in
    the columns for people, an inferred outlet says so."""
    out = []
    for row in table_rows(records, articles, by="article", full=not trim):
        values = {c: "" if getattr(row, c) is None else str(getattr(row, c)) for c in columns}
        if "outlet_inferred" in columns:
            values["outlet_inferred"] = "true" if row.outlet_inferred else "false"
        else:
            values["outlet"] = outlet_label(row.outlet, row.outlet_inferred)
        out.append(values)
    return out


def _markdown(table_rows: list[dict[str, str]]) -> str:
    lines = [OUTPUT_MARK, "| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(md_cell(row[c]) for c in COLUMNS) + " |" for row in table_rows]
    return "\n".join(lines) + "\n"


def _csv(table_rows: list[dict[str, str]]) -> str:
    return csv_text(table_rows, CSV_COLUMNS)


def rich_table(table_rows: list[dict[str, str]], title: str = "Who said what") -> Table:
    """The terminal table: speaker and role, kind, statement, cue and channel, source."""
    table = Table(title=title, expand=True, show_lines=True)
    table.add_column("speaker", ratio=2, overflow="fold")
    table.add_column("kind", no_wrap=True)
    table.add_column("statement", ratio=5, overflow="fold")
    table.add_column("cue / via", ratio=1, overflow="fold", style="cyan")
    table.add_column("source", ratio=1, overflow="fold", style="green")
    for row in table_rows:
        speaker = f"[bold]{escape(row['speaker'])}[/]"
        if row["role"]:
            speaker += f"\n[dim]{escape(trim_text(row['role'], 60))}[/]"
        cue = escape(row["cue"] or "-") + (f"\n[magenta]via {escape(row['via'])}[/]" if row["via"] else "")
        source = escape(row["outlet"] or "?") + f"\n[dim]{escape(row['doc_id'])}[/]"
        table.add_row(speaker, row["kind"], escape(row["statement"]), cue, source)
    return table


def jsonl_lines(records: Iterable[Attribution]) -> Iterator[str]:
    """One JSON line per record, lazily (for outputs that stream)."""
    for record in records:
        yield record.model_dump_json() + "\n"


def render_records(
    records: Sequence[Attribution], articles: Sequence[Article], fmt: str
) -> str | Table:
    """Render records in ``fmt``; 'table' gives a rich Table, the others a string."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "jsonl":
        return "".join(jsonl_lines(records))
    if fmt == "json":
        return json.dumps([r.model_dump(mode="json") for r in records], indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        return _csv(rows(records, articles, trim=False, columns=CSV_COLUMNS))
    if fmt == "md":
        return _markdown(rows(records, articles))
    return rich_table(rows(records, articles))
