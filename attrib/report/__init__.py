"""report: records -> text in the formats users ask for. Functions return strings or
rich renderables; only the CLI prints."""

from attrib.report.claims import CLAIM_FORMATS, render_clusters
from attrib.report.eval_table import baseline_table, errors_text, eval_table
from attrib.report.formats import FORMATS, jsonl_lines, render_records
from attrib.report.verify import VERIFY_FORMATS, render_verify
from attrib.report.write import atomic_write, atomic_writer

__all__ = [
    "CLAIM_FORMATS",
    "FORMATS",
    "atomic_write",
    "atomic_writer",
    "baseline_table",
    "errors_text",
    "eval_table",
    "jsonl_lines",
    "render_clusters",
    "render_records",
    "render_verify",
    "VERIFY_FORMATS",
]
