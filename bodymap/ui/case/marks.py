"""Where to mark on the body what palpation found: at every trigger point of each muscle examined."""

from __future__ import annotations

from collections.abc import Mapping

from bodymap.core.case.model import Finding, Target
from bodymap.core.clinic.catalog import Location
from bodymap.core.data.loading import LoadedData
from bodymap.ui.canvas.items import Examined


def kind_of(finding: Finding) -> Examined:
    return Examined.CONFIRMED if finding.confirmed else Examined.RULED_OUT if finding.ruled_out else Examined.FOUND


def examined_marks(findings: Mapping[Target, Finding], data: LoadedData) -> list[tuple[Location, Examined]]:
    marks = []
    for target, finding in findings.items():
        muscle = data.catalog.muscles.get(target.muscle)
        if muscle is not None:
            kind = kind_of(finding)
            marks += [(loc, kind) for tp in muscle.trigger_points for loc in tp.locations_on(target.side, data.atlas)]
    return marks
