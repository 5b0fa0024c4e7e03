"""The details pane's text: how to find a trigger point, how to position the patient, what to beware of."""

from __future__ import annotations

import html

from bodymap.core.body.atlas import Atlas, Side
from bodymap.core.clinic.catalog import Catalog, Muscle, SourceRef, TriggerPoint
from bodymap.core.clinic.conditions import Condition
from bodymap.core.clinic.crossroads import Crossroad
from bodymap.core.clinic.ranking import Candidate

NOTICE = (
    "Educational decision support, not a diagnosis. A candidate is a place to examine, not an answer; "
    "needling belongs to qualified practitioners."
)
NOT_RANKED = "Not among the candidates for the drawing as it is now: its whole pattern is shown."


def _rows(rows: list[tuple[str, str]]) -> str:
    return "".join(f"<p><b>{html.escape(k)}:</b> {html.escape(v)}</p>" for k, v in rows if v)


def _sources(refs: tuple[SourceRef, ...], catalog: Catalog) -> str:
    """Each work cited once, with every place in it that the entries cite."""
    places: dict[str, list[str]] = {}
    for ref in refs:
        where = places.setdefault(ref.ref, [])
        if ref.where and ref.where not in where:
            where.append(ref.where)
    cites = []
    for key, where in places.items():
        source = catalog.sources.get(key)
        text = source.citation if source else key
        cites.append(f"{text} ({'; '.join(where)})" if where else text)
    items = "".join(f"<li>{html.escape(cite)}</li>" for cite in cites)
    return f"<p><b>Sources:</b></p><ul>{items}</ul>"


def _trigger_point_rows(tp: TriggerPoint) -> list[tuple[str, str]]:
    return [
        ("How to find it", tp.palpation),
        ("Patient position", tp.patient_position),
        ("Needling caution", tp.needling_caution),
    ]


def _muscle_rows(m: Muscle) -> list[tuple[str, str]]:
    return [("Action", m.action), ("Innervation", m.innervation), ("Attachments", m.attachments)]


def _labels(region_ids: tuple[str, ...], atlas: Atlas) -> str:
    return ", ".join(atlas.regions[r].label for r in region_ids)


def candidate_html(c: Candidate, atlas: Atlas, catalog: Catalog) -> str:
    """A candidate: why it is listed, then each trigger point that explains part of the drawing, then the muscle."""
    m = c.muscle
    rows = [
        ("Why", c.why),
        ("In its main zone", _labels(c.essential_hits, atlas)),
        ("In its spillover zone", _labels(c.spillover_hits, atlas)),
    ]
    body = _rows(rows)
    refs: list[SourceRef] = []
    for t in c.contributions:
        tp = t.trigger_point
        body += f"<h4>{html.escape(tp.name)}</h4>"
        body += _rows([("Explains", _labels(tuple(t.explains), atlas)), *_trigger_point_rows(tp)])
        if t.pattern.note:
            body += f"<p><i>{html.escape(t.pattern.note)}</i></p>"
        refs += (*tp.sources, *t.pattern.sources)
    body += _rows(_muscle_rows(m))
    title = f"<h3>{html.escape(m.name)} ({c.side_label})</h3>"
    return title + body + _sources(tuple(refs), catalog)


def muscle_html(m: Muscle, catalog: Catalog, side: Side | None = None, note: str = "") -> str:
    """A muscle on its own (found by search or browsing; or on one ``side``, with a ``note`` why): every trigger
    point, then the muscle."""
    title = f"{m.name} ({side.value})" if side is not None else m.name
    parts = [f"<h3>{html.escape(title)}</h3>", f"<p><i>{html.escape(note)}</i></p>" if note else ""]
    parts.append(_rows(_muscle_rows(m)))
    refs = list(m.sources)
    for tp in m.trigger_points:
        parts.append(f"<h4>{html.escape(tp.name)}</h4>{_rows(_trigger_point_rows(tp))}")
        refs += tp.sources
        pattern = catalog.patterns.get(tp.id)
        if pattern is not None:
            refs += pattern.sources
    parts.append("<p><i>Hover over an X on the body to see that trigger point's own pattern.</i></p>")
    return "".join(parts) + _sources(tuple(refs), catalog)


def condition_html(condition: Condition, catalog: Catalog) -> str:
    """A condition from the index: when to refer instead (first, so it is seen without scrolling), what it is,
    which muscles to examine first."""
    esc = html.escape
    muscles = ", ".join(catalog.muscles[m].name for m in condition.muscles if m in catalog.muscles)
    flags = "".join(f"<li>{esc(flag)}</li>" for flag in condition.red_flags)
    parts = [
        f"<h3>{esc(condition.name)}</h3>",
        f"<p><b>⚠ Red flags (a medical opinion first):</b></p><ul>{flags}</ul>" if flags else "",
        f"<p>{esc(condition.description)}</p>",
        _rows([("Muscles to examine first", muscles)]),
        f"<p><i>{esc(condition.note)}</i></p>" if condition.note else "",
    ]
    return "".join(parts) + _sources(condition.sources, catalog)


def crossroad_html(label: str, crossroad: Crossroad | None, catalog: Catalog) -> str:
    """What refers to one region, for the crossroads map: the trigger points by zone, with their muscles."""
    esc = html.escape
    if crossroad is None:
        return f"<h3>{esc(label)}</h3><p>No trigger point in the data refers pain here.</p>"

    def listing(tp_ids: frozenset[str]) -> str:
        names = sorted(catalog.trigger_points[t].name for t in tp_ids)
        return "".join(f"<li>{esc(n)}</li>" for n in names)

    parts = [
        f"<h3>{esc(label)}</h3><p>{crossroad.count} trigger points can refer pain here.</p>",
        f"<p><b>As their main zone ({len(crossroad.essential)}):</b></p><ul>{listing(crossroad.essential)}</ul>"
        if crossroad.essential
        else "",
        f"<p><b>As spillover ({len(crossroad.spillover)}):</b></p><ul>{listing(crossroad.spillover)}</ul>"
        if crossroad.spillover
        else "",
    ]
    return "".join(parts)


def empty_html() -> str:
    return (
        "<p><i>Choose a candidate (or a muscle in Browse) to see how to find its trigger point, "
        "how to position the patient, what to beware of when needling, and the sources.</i></p>"
    )
