"""The answer of `attrib verify` for people (terminal) and tools (JSON)."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text

from attrib.models import VerifyResult
from attrib.report.claims import word_diff_text
from attrib.report.safe import markup_escape as escape
from attrib.report.safe import visible

VERIFY_FORMATS = ("table", "json")


def render_verify(result: VerifyResult, fmt: str):
    if fmt not in VERIFY_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(VERIFY_FORMATS)}")
    if fmt == "json":
        return result.model_dump_json(indent=2) + "\n"
    style = "bold green" if result.found_as_given else "bold red"
    parts = [Text(result.verdict.upper(), style=style)]
    parts += [Text(f"  - {visible(reason)}") for reason in result.reasons]
    if result.matches:
        table = Table(expand=True, show_lines=True)
        table.add_column("source", ratio=2, overflow="fold")
        table.add_column("printed wording ([-circulating-]{+printed+})", ratio=5, overflow="fold")
        table.add_column("match", no_wrap=True)
        for m in result.matches:
            who = f"[bold]{escape(m.speaker.name or '?')}[/]"
            if m.speaker.role:
                who += f"\n[dim]{escape(m.speaker.role[:60])}[/]"
            who += f"\n[green]{escape(m.outlet or '?')}[/] {escape(m.doc_id)} @{m.content.start}"
            if m.via:
                who += f"\n[magenta]via {escape(m.via)}[/]"
            kind = f"{m.level} {m.similarity:.2f}\n{m.kind}" + ("\nverbatim" if m.verbatim else "")
            table.add_row(who, word_diff_text(m.diff), kind)
        parts.append(table)
    return Group(*parts)
