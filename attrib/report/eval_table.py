"""The eval report as a terminal table."""

from __future__ import annotations

from rich.table import Table

from attrib.evaluate.errors import describe
from attrib.evaluate.gate import Change
from attrib.models import DocumentErrors, EvalReport, Metric
from attrib.report.safe import visible


def _fmt(m: Metric | None) -> tuple[str, str]:
    if m is None or m.value is None:
        return "n/a", f"{m.numerator}/{m.denominator}" if m else ""
    return f"{m.value:.3f}", f"{m.numerator}/{m.denominator}"


def eval_table(report: EvalReport) -> Table:
    table = Table(title=f"attrib eval: {report.documents} documents, {report.predicted} predicted, "
                  f"{report.gold} gold ({report.gold_core} core)")
    table.add_column("metric")
    table.add_column("score", justify="right")
    table.add_column("count", justify="right", style="dim")
    table.add_row("precision", *_fmt(report.precision))
    table.add_row("recall (core)", *_fmt(report.recall))
    table.add_row("F1", "n/a" if report.f1 is None else f"{report.f1:.3f}", "")
    table.add_row("exact boundaries", *_fmt(report.exact_boundary))
    table.add_row("speaker strict", *_fmt(report.speaker_strict))
    table.add_row("speaker lenient", *_fmt(report.speaker_lenient))
    table.add_row("kind accuracy", *_fmt(report.kind_accuracy))
    for kind, m in report.recall_by_kind.items():
        table.add_row(f"recall {kind}", *_fmt(m))
    for level, pair in report.clusters.items():
        table.add_row(f"clusters {level} precision", *_fmt(pair.precision))
        table.add_row(f"clusters {level} recall", *_fmt(pair.recall))
    for flag, pair in report.flags.items():
        table.add_row(f"flag {flag} precision", *_fmt(pair.precision))
        table.add_row(f"flag {flag} recall", *_fmt(pair.recall))
    if report.failed_documents:
        table.add_row("failed documents", str(len(report.failed_documents)), ", ".join(report.failed_documents))
    return table


def errors_text(documents: list[DocumentErrors]) -> str:
    """Per-document errors, gold and prediction side by side, as plain text."""
    if not documents:
        return "no errors: every core gold record found, nothing spurious, boundaries, speakers and kinds agree"
    blocks = []
    for doc in documents:
        blocks.append(f"== {doc.doc_id}: {len(doc.errors)} error(s)")
        blocks += [describe(e) for e in doc.errors]
    return visible("\n".join(blocks))


def baseline_table(changes: list[Change]) -> Table:
    """What got better and worse against a saved run."""
    table = Table(title="against the baseline")
    table.add_column("metric")
    table.add_column("baseline", justify="right")
    table.add_column("now", justify="right")
    table.add_column("change", justify="right")

    def fmt(v):
        return "n/a" if v is None else f"{v:.3f}"

    for c in changes:
        d = c.delta
        style = "" if not d else ("green" if d > 0 else "red")
        change = "" if d is None else (f"[{style}]{d:+.3f}[/]" if style else "=")
        table.add_row(c.metric, fmt(c.before), fmt(c.after), change)
    return table
