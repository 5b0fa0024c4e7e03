"""The id history: old region and muscle ids lead to today's; a table that leads nowhere is refused."""

from __future__ import annotations

import pytest

from bodymap.core.data import loading
from bodymap.core.data.migrations import Migrations, RegionChange
from bodymap.core.data.problems import DataError
from tests.conftest import files_in


def test_a_split_region_leads_to_every_part_and_only_for_older_drawings():
    m = Migrations(3, (RegionChange(2, "heel", ("heel_back", "heel_under")), RegionChange(3, "heel_back", ("back",))))
    assert m.region_ids("heel", drawn_on=1) == ("back", "heel_under")
    assert m.region_ids("heel", drawn_on=2) == ("heel",)
    assert m.region_ids("temple", drawn_on=1) == ("temple",)


def test_a_renamed_muscle_leads_to_its_newest_name():
    m = Migrations(muscles={"a": "b", "b": "c"})
    assert m.muscle_id("a") == "c"
    assert m.muscle_id("x") == "x"


def test_the_shipped_table_loads(data):
    assert data.migrations.atlas_version >= 1


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("atlas_version: 2\nregions:\n  - {version: 2, old: right_x, new: [right_nowhere]}\n", "right_nowhere"),
        ("atlas_version: 1\nmuscles:\n  - {old: a, new: b}\n  - {old: b, new: a}\n", "circle"),
        ("atlas_version: 1\nmuscles:\n  - {old: a, new: nobody}\n", "'nobody', which is not in the muscles file"),
        ("atlas_version: 1\nregions:\n  - {version: 5, old: a, new: [right_temple]}\n", "between 2 and 1"),
        (
            "atlas_version: 2\nregions:\n  - {version: 2, old: right_x, new: [right_temple], names: [R temple]}\n",
            "'R temple' in the old names of 'right_x' names region 'right_temple' today",
        ),
    ],
)
def test_a_table_leading_nowhere_is_refused_with_its_file(data_copy, table, message):
    (data_copy / "migrations.yaml").write_text(table)
    with pytest.raises(DataError, match=message) as error:
        loading.load(files_in(data_copy))
    assert "migrations.yaml" in str(error.value)


def test_every_old_region_id_and_name_in_the_shipped_table_leads_to_regions_of_today(data):
    migrations, atlas = data.migrations, data.atlas
    assert migrations.atlas_version >= 2
    for change in migrations.regions:
        today = migrations.region_ids(change.old, change.version - 1)
        assert today and all(rid in atlas.regions for rid in today), change.old
        for name in (change.old, *change.names):
            assert atlas.find(name) is None or atlas.find(name).id == change.old, name  # today's name wins
            assert migrations.regions_once_called(name) == today or atlas.find(name) is not None, name
        if change.old.startswith("right_"):  # written for both sides, mirror images of each other
            left = migrations.region_ids("left_" + change.old.removeprefix("right_"), change.version - 1)
            assert left == tuple(atlas.mirror(rid) for rid in today), change.old


def test_a_split_region_leads_to_all_of_its_parts_and_a_carved_one_keeps_itself(data):
    m = data.migrations
    assert set(m.region_ids("right_heel", 1)) == {"right_heel_back", "right_heel_underside", "right_heel_inner",
                                                  "right_heel_outer"}  # fmt: skip
    assert m.region_ids("vertex", 1) == ("right_vertex", "left_vertex")
    assert m.region_ids("right_ear", 1) == ("right_ear", "right_deep_ear")
    assert m.region_ids("right_ear", 2) == ("right_ear",)  # drawn on today's atlas: the outer ear only
    assert m.regions_once_called("R upper jaw and teeth") == ("right_upper_teeth_front", "right_upper_teeth_back")
    assert m.regions_once_called("somewhere else") == ()
