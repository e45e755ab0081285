"""Claim clusters for people (terminal, Markdown) and tools (JSON, JSONL)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from attrib.load.paths import OUTPUT_MARK
from attrib.models import Article, ClaimCluster, ClusterMember, WordDiff
from attrib.report.safe import markup_escape as escape
from attrib.report.safe import md_cell, visible
from attrib.report.table import outlet_label

CLAIM_FORMATS = ("table", "json", "jsonl", "md")
_FLAG_STYLE = {"wording_differs": "bold red", "speaker_differs": "bold magenta", "via_differs": "yellow"}


def diff_text(member: ClusterMember) -> Text:
    """The member's wording against the reference, git word-diff style: [-removed-]{+added+}."""
    if member.reference or not member.diff:
        return Text(visible(member.wording))
    return word_diff_text(member.diff)


def word_diff_text(diff: Sequence[WordDiff]) -> Text:
    """A word diff as text: equal words plain, [-removed-] red, {+added+} green."""
    text = Text()
    for step in diff:
        if step.op in ("delete", "replace"):
            text.append(f"[-{visible(step.reference)}-]", style="red")
        if step.op in ("insert", "replace"):
            text.append(f"{{+{visible(step.member)}+}}", style="bold green")
        if step.op == "equal":
            text.append(visible(step.member))
        text.append(" ")
    return text


def _speaker(member: ClusterMember) -> str:
    return member.speaker.name or "?"


def cluster_panel(cluster: ClaimCluster) -> Panel:
    table = Table(show_header=True, expand=True, box=None, padding=(0, 1))
    table.add_column("source", ratio=2, overflow="fold")
    table.add_column("wording (diff against the reference)", ratio=5, overflow="fold")
    table.add_column("sim", justify="right", no_wrap=True)
    for m in cluster.details:
        who = f"[bold]{escape(_speaker(m))}[/] [dim]{m.kind}[/]\n[green]{escape(outlet_label(m.outlet, m.outlet_inferred) or '?')}[/] {escape(m.doc_id)}"
        if m.via:
            who += f"\n[magenta]via {escape(m.via)}[/]"
        if m.reference:
            who += "\n[cyan]reference[/]"
        table.add_row(who, diff_text(m), f"{m.similarity:.2f}")
    flags = " ".join(f"[{_FLAG_STYLE[f]}]{f}[/]" for f in cluster.flags) or "[dim]no differences flagged[/]"
    title = f"{cluster.id} \u00b7 {cluster.level} level \u00b7 {len(cluster.members)} members \u00b7 {flags}"
    return Panel(table, title=title, title_align="left")


def _md_diff(member: ClusterMember) -> str:
    if member.reference or not member.diff:
        return md_cell(member.wording)
    parts = []
    for step in member.diff:
        ref, new = md_cell(step.reference), md_cell(step.member)
        if step.op == "equal":
            parts.append(new)
        elif step.op == "insert":
            parts.append(f"**{new}**")
        elif step.op == "delete":
            parts.append(f"~~{ref}~~")
        else:
            parts.append(f"~~{ref}~~ **{new}**")
    return " ".join(parts)


def _markdown(clusters: Sequence[ClaimCluster]) -> str:
    lines = [OUTPUT_MARK, "# Claims across sources", ""]
    if not clusters:
        lines.append("No statement appears in more than one source.")
    for c in clusters:
        lines += [f"## {c.id} ({c.level} level)", "", f"Flags: {', '.join(c.flags) or 'none'}", "",
                  "| speaker | outlet | document | kind | via | similarity | wording (~~reference~~ **member**) |",
                  "|---|---|---|---|---|---:|---|"]
        for m in c.details:
            wording = _md_diff(m)
            ref = " (reference)" if m.reference else ""
            lines.append(f"| {md_cell(_speaker(m))} | {md_cell(outlet_label(m.outlet, m.outlet_inferred))} | {md_cell(m.doc_id)} | {m.kind} | "
                         f"{md_cell(m.via or '')} | "
                         f"{m.similarity:.2f} | {wording}{ref} |")
        lines.append("")
    return "\n".join(lines)


def mark_inferred(clusters: Sequence[ClaimCluster], articles: Sequence[Article]) -> list[ClaimCluster]:
    """The clusters with each member's ``outlet_inferred`` set from its article."""
    inferred = {a.id for a in articles if a.outlet_inferred}
    return [c.model_copy(update={"details": [m.model_copy(update={"outlet_inferred": m.doc_id in inferred})
                                             for m in c.details]}) for c in clusters]


def render_clusters(clusters: Sequence[ClaimCluster], fmt: str):
    """A rich renderable for 'table', a string for the other formats."""
    if fmt not in CLAIM_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(CLAIM_FORMATS)}")
    if fmt == "json":
        return json.dumps([c.model_dump(mode="json") for c in clusters], indent=2, ensure_ascii=False) + "\n"
    if fmt == "jsonl":
        return "".join(c.model_dump_json() + "\n" for c in clusters)
    if fmt == "md":
        return _markdown(clusters)
    if not clusters:
        return Text("No statement appears in more than one source.")
    return Group(*(cluster_panel(c) for c in clusters))
