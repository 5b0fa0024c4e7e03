"""A referral zone drawn as one smooth shape per view: the union of its regions, rounded, inside the body."""

from __future__ import annotations

import gc
import math
import weakref

import numpy as np
import pytest
import shapely

from bodymap.core.body.atlas import Atlas, Side
from bodymap.core.body.zones import ZoneShapes, smooth_shape, zone_shapes


def turns(ring: shapely.LinearRing) -> np.ndarray:
    """The angle (degrees) by which the outline turns at each of its points."""
    points = shapely.get_coordinates(ring)[:-1]
    ahead = np.roll(points, -1, axis=0) - points
    behind = points - np.roll(points, 1, axis=0)
    angles = np.arctan2(ahead[:, 1], ahead[:, 0]) - np.arctan2(behind[:, 1], behind[:, 0])
    return np.degrees(np.abs((angles + math.pi) % (2 * math.pi) - math.pi))


def test_a_zone_is_one_rounded_shape_close_to_its_regions(data):
    view = data.atlas.views["posterior"]
    regions = ["right_scapula", "right_interscapular_upper", "right_interscapular_mid", "right_suprascapular"]
    union = shapely.union_all([view.shapes[r] for r in regions])
    shape = smooth_shape(view, regions)
    assert shape.geom_type == "Polygon"  # one shape, no inner region lines
    assert 0.9 < shape.area / union.area < 1.05
    assert shape.symmetric_difference(union).area < 0.15 * union.area
    assert turns(shape.exterior).max() < 25  # no corners: the boxes' corners are rounded off


def test_a_zone_stays_inside_the_body_and_reaches_its_edge_where_its_regions_do(data):
    view = data.atlas.views["anterior"]
    regions = ["right_lateral_arm", "right_anterior_shoulder"]
    shape = smooth_shape(view, regions)
    assert shape.difference(view.silhouette).area < 1.0
    outline = view.silhouette.boundary.buffer(1.0)
    edge = shapely.union_all([view.shapes[r] for r in regions]).boundary.intersection(outline)
    assert edge.length > 50  # these regions run along the arm's outline ...
    along = shape.boundary.intersection(outline)
    assert along.length > 0.8 * edge.length  # ... and so does the zone


def test_narrow_parts_keep_their_shape(data):
    view = data.atlas.views["anterior"]
    halves = ["right_index_finger_radial", "right_index_finger_ulnar"]
    finger = shapely.union_all([view.shapes[r] for r in halves])
    shape = smooth_shape(view, halves)
    assert shape.area > 0.8 * finger.area


@pytest.mark.parametrize("tp_id", ["upper_trapezius_1", "sternocleidomastoid_2", "infraspinatus_1", "soleus_1"])
def test_essential_and_spillover_meet_without_overlapping(data, tp_id):
    shapes = ZoneShapes(data.atlas.views)
    essential, spillover = data.catalog.patterns[tp_id].zones(Side.RIGHT, data.atlas)
    for name in data.atlas.views:
        zones = shapes.zones(name, essential, spillover)
        assert zones.essential.intersection(zones.spillover).area < 1.0
        if not zones.spillover.is_empty:
            whole = smooth_shape(data.atlas.views[name], essential | spillover).union(zones.essential)
            assert zones.essential.union(zones.spillover).symmetric_difference(whole).area < 1.0
            # the dashed edge is the pattern's outline away from the main zone
            assert zones.spillover_edge.length <= whole.length + 1e-6
            if not zones.essential.is_empty:
                assert zones.spillover_edge.distance(zones.essential) > 0.3


def test_shapes_are_worked_out_once_per_pattern_and_view_and_kept_while_the_atlas_lives(data):
    shapes = zone_shapes(data.atlas)
    assert zone_shapes(data.atlas) is shapes
    other = Atlas(data.atlas.regions.values(), data.atlas.views.values())
    kept = weakref.ref(zone_shapes(other))
    del other
    gc.collect()
    assert kept() is None  # gone with its atlas
    first = shapes.zones("posterior", {"right_scapula"}, {"right_interscapular_upper"})
    assert shapes.zones("posterior", ["right_scapula"], ["right_interscapular_upper", "right_temple"]) is first
    empty = shapes.zones("plantar", {"right_scapula"})
    assert empty.essential.is_empty and empty.spillover.is_empty
