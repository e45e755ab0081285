"""Who-said-what tables grouped by speaker, by article or by claim."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Optional

from rich.table import Table

from attrib.load.paths import OUTPUT_MARK
from attrib.models import Article, Attribution, ClaimCluster, TableRow
from attrib.report.safe import markup_escape as escape
from attrib.report.safe import md_cell
from attrib.report.spreadsheet import csv_text

GROUPINGS = ("speaker", "article", "claim")
TABLE_FORMATS = ("table", "md", "csv", "json")
TRIM = 160


def trim_text(text: str, width: Optional[int]) -> str:
    text = " ".join(text.split())
    return text if width is None or len(text) <= width else text[: width - 1].rstrip() + "\u2026"


def table_rows(
    records: Sequence[Attribution],
    articles: Sequence[Article],
    clusters: Sequence[ClaimCluster] = (),
    *,
    by: str = "speaker",
    full: bool = False,
) -> list[TableRow]:
    """Rows ordered by speaker (then article), by article (text order) or by claim cluster."""
    if by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r}; choose one of {', '.join(GROUPINGS)}")
    by_id = {a.id: a for a in articles}
    order = {a.id: n for n, a in enumerate(articles)}
    cluster_of = {m: c.id for c in clusters for m in c.members}
    rows = [
        TableRow(
            speaker=r.speaker.name, role=r.speaker.role, speaker_key=r.speaker.key, kind=r.kind,
            statement=trim_text(r.content.said(), None if full else TRIM), via=r.via,
            cue=r.cue.text if r.cue else None, doc_id=r.doc_id, start=r.content.start, end=r.content.end,
            cluster=cluster_of.get(r.id), attribution_id=r.id, **_printed_by(by_id.get(r.doc_id), r),
        )
        for r in records
    ]
    position = {row.attribution_id: (order.get(row.doc_id, 0), row.start) for row in rows}
    if by == "speaker":
        rows.sort(key=lambda r: ((r.speaker_key or r.speaker or "").casefold(), position[r.attribution_id]))
    elif by == "article":
        rows.sort(key=lambda r: position[r.attribution_id])
    else:
        rank = {c.id: n for n, c in enumerate(clusters)}
        rows.sort(key=lambda r: (r.cluster is None, rank.get(r.cluster or "", 0), position[r.attribution_id]))
    return rows


def _printed_by(article: Optional[Article], record: Attribution) -> dict:
    """Outlet, whether it was inferred, date and URL: the article's, else the record's own."""
    source = article if article is not None else record
    return {"outlet": source.outlet, "outlet_inferred": source.outlet_inferred, "published": source.published,
            "url": source.url}


def outlet_label(outlet: Optional[str], inferred: bool) -> str:
    """The outlet as people read it: an inferred one says so."""
    return "" if not outlet else f"{outlet} (inferred)" if inferred else outlet


_COLUMNS = ("speaker", "role", "kind", "statement", "outlet", "via", "cue", "doc_id", "start", "cluster")
_CSV_COLUMNS = (*_COLUMNS, "outlet_inferred", "published", "url")


def render_table(rows: Sequence[TableRow], fmt: str, *, by: str = "speaker"):
    if fmt not in TABLE_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(TABLE_FORMATS)}")
    if fmt == "json":
        return json.dumps([r.model_dump(mode="json") for r in rows], indent=2, ensure_ascii=False) + "\n"
    values = [{c: "" if getattr(r, c) is None else str(getattr(r, c)).lower() if c == "outlet_inferred"
               else str(getattr(r, c)) for c in _CSV_COLUMNS} for r in rows]
    if fmt == "csv":
        return csv_text(values, _CSV_COLUMNS)
    for v, r in zip(values, rows):
        v["outlet"] = outlet_label(r.outlet, r.outlet_inferred)
    if fmt == "md":
        lines = [OUTPUT_MARK, "| " + " | ".join(_COLUMNS) + " |", "|" + "---|" * len(_COLUMNS)]
        lines += ["| " + " | ".join(md_cell(v[c]) for c in _COLUMNS) + " |" for v in values]
        return "\n".join(lines) + "\n"
    table = Table(title=f"Who said what, by {by}", expand=True, show_lines=True)
    for column, ratio in (("speaker", 2), ("kind", 1), ("statement", 5), ("source", 2)):
        table.add_column(column, ratio=ratio, overflow="fold")
    for r in rows:
        who = f"[bold]{escape(r.speaker or '?')}[/]" + (f"\n[dim]{escape(trim_text(r.role, 60))}[/]" if r.role else "")
        source = f"[green]{escape(outlet_label(r.outlet, r.outlet_inferred) or '?')}[/] {escape(r.doc_id)} @{r.start}"
        if r.via:
            source += f"\n[magenta]via {escape(r.via)}[/]"
        if r.cluster:
            source += f"\n[cyan]{r.cluster}[/]"
        table.add_row(who, r.kind, escape(r.statement), source)
    return table
