"""A case in words, visit by visit: for the command line (``bodymap case show``) and anywhere plain text is wanted."""

from __future__ import annotations

from bodymap.core.case.model import Case, Target, Visit
from bodymap.core.clinic.catalog import Catalog
from bodymap.core.data.loading import LoadedData


def target_name(target: Target, catalog: Catalog) -> str:
    """ "Upper trapezius (right)" """
    muscle = catalog.muscles.get(target.muscle)
    return f"{muscle.name if muscle else target.muscle} ({target.side.value})"


def describe_visit(number: int, visit: Visit, data: LoadedData) -> list[str]:
    score = f", pain {visit.pain_score}/10" if visit.pain_score is not None else ""
    lines = [f"Visit {number}, {visit.date:%a %d %b %Y}{score}"]
    marks = sorted(visit.pain.items(), key=lambda kv: (-kv[1].intensity, data.atlas.regions[kv[0]].label))
    painful = [
        f"{data.atlas.regions[rid].label} {m.intensity}/10" + (f" {m.quality.label.lower()}" if m.quality else "")
        for rid, m in marks
        if m.painful
    ]
    free = [data.atlas.regions[rid].label for rid, m in marks if not m.painful]
    lines.append("  Pain: " + ("; ".join(painful) or "none marked"))
    if free:
        lines.append("  Pain-free: " + "; ".join(free))
    if visit.plan:
        lines.append("  Plan: " + ", ".join(target_name(t, data.catalog) for t in visit.plan))
    if visit.findings:
        lines.append("  Findings:")
        for target, finding in visit.findings.items():
            note = f" ({finding.note})" if finding.note else ""
            lines.append(f"    {target_name(target, data.catalog)}: {finding.summary.lower()}{note}")
    if visit.treatments:
        lines.append("  Treatment:")
        for treatment in visit.treatments:
            response = f": {treatment.response}" if treatment.response else ""
            lines.append(
                f"    {target_name(treatment.target, data.catalog)}, {treatment.technique.label.lower()}{response}"
            )
    if visit.notes:
        lines.append("  Notes: " + " ".join(visit.notes.split()))
    return lines


def describe_case(case: Case, data: LoadedData, file_name: str) -> str:
    count = len(case.visits)
    head = f"{case.label} ({file_name})" if case.label else file_name
    lines = [f"Case {head}: {count} visit{'s' if count != 1 else ''}"]
    for number, visit in enumerate(case.visits, 1):
        lines += ["", *describe_visit(number, visit, data)]
    return "\n".join(lines)
