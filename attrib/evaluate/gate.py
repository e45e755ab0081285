"""Quality gates for CI: thresholds (`--fail-under`) and comparison with a saved run (`--baseline`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple, Optional

from pydantic import ValidationError

from attrib.errors import AttribError
from attrib.models import EvalReport
from attrib.userfiles import read_user_file

_TOP = ("precision", "recall", "f1", "exact_boundary", "speaker_strict", "speaker_lenient", "kind_accuracy")


def metric_values(report: EvalReport) -> dict[str, Optional[float]]:
    """Flat metric names -> values: f1, speaker_strict, recall_direct, clusters_quote_precision, ..."""
    values: dict[str, Optional[float]] = {}
    for name in _TOP:
        value = getattr(report, name)
        values[name] = value if value is None or isinstance(value, float) else value.value
    for kind, m in report.recall_by_kind.items():
        values[f"recall_{kind}"] = m.value
    for level, pair in report.clusters.items():
        values[f"clusters_{level}_precision"] = pair.precision.value
        values[f"clusters_{level}_recall"] = pair.recall.value
    for flag, pair in report.flags.items():
        values[f"flag_{flag}_precision"] = pair.precision.value
        values[f"flag_{flag}_recall"] = pair.recall.value
    return values


def parse_thresholds(spec: str) -> dict[str, float]:
    """"f1=0.9,speaker_strict=0.9" -> {"f1": 0.9, "speaker_strict": 0.9}."""
    out = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        name, sep, value = part.partition("=")
        try:
            if not sep:
                raise ValueError
            out[name.strip()] = float(value)
        except ValueError:
            raise AttribError(f"--fail-under: '{part}' is not NAME=NUMBER (e.g. f1=0.9,speaker_strict=0.9)") from None
    return out


def below_thresholds(report: EvalReport, thresholds: dict[str, float]) -> list[str]:
    """One message per metric under its threshold (or missing)."""
    values = metric_values(report)
    unknown = set(thresholds) - set(values)
    if unknown:
        raise AttribError(f"--fail-under: unknown metrics {sorted(unknown)}; known: {', '.join(sorted(values))}")
    failures = []
    for name, floor in thresholds.items():
        value = values[name]
        if value is None or value < floor:
            shown = "n/a" if value is None else f"{value:.3f}"
            failures.append(f"{name} {shown} < {floor}")
    return failures


class Change(NamedTuple):
    metric: str
    before: Optional[float]
    after: Optional[float]

    @property
    def delta(self) -> Optional[float]:
        return None if self.before is None or self.after is None else self.after - self.before


def read_baseline(path: Path | str) -> EvalReport:
    source = Path(path)
    text = read_user_file(source, "baseline")
    try:
        return EvalReport.model_validate(json.loads(text))
    except (json.JSONDecodeError, ValidationError):
        raise AttribError(f"{source}: not a saved 'attrib eval --json' report") from None


def compare(report: EvalReport, baseline: EvalReport) -> list[Change]:
    now, before = metric_values(report), metric_values(baseline)
    return [Change(name, before.get(name), now.get(name)) for name in now]
