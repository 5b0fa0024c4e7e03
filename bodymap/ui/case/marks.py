"""Where to mark on the body what palpation found: at every trigger point of each muscle examined."""

from __future__ import annotations

from collections.abc import Mapping

from bodymap.core.case.model import Finding, Target
from bodymap.core.clinic.catalog import Location
from bodymap.core.data.loading import LoadedData
from bodymap.ui.canvas.items import Examined


def examined_marks(findings: Mapping[Target, Finding], data: LoadedData) -> list[tuple[Location, Examined, str]]:
    """(where, what was found, the muscle and side examined) at each place of each examined muscle's trigger points."""
    marks = []
    for target, finding in findings.items():
        muscle = data.catalog.muscles.get(target.muscle)
        if muscle is not None:
            kind, group = Examined.of(finding), f"{target.muscle}:{target.side.value}"
            places = [loc for tp in muscle.trigger_points for loc in tp.locations_on(target.side, data.atlas)]
            marks += [(loc, kind, group) for loc in places]
    return marks
