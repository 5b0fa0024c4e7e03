"""Reading drawings: any SVG editor's output works, and the cache is used only for identical bytes."""

import xml.etree.ElementTree as ElementTree

import pytest

from bodymap.core.body import drawing
from bodymap.core.body.drawing import DrawingError, read_drawing
from bodymap.core.data import loading
from tests.conftest import REPO

SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 200">
  <g id="regions" transform="translate(10,0)">
    <path id="right_temple" d="M0,0 L10,0 L10,10 Z"/>
    <path id="left_temple" d="M20 0 C 30 0, 30 10, 20 10 z"/>
    <rect id="vertex" x="40" y="40" width="5" height="4"/>
  </g>
  <path id="decoration" d="M0,0 L1,1 L0,1 Z"/>
</svg>"""


def test_paths_curves_shapes_and_transforms_are_read(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    result = read_drawing(SVG.encode())
    assert (result.width, result.height) == (100, 200)
    assert set(result.shapes) == {"right_temple", "left_temple", "vertex"}
    assert result.shapes["right_temple"].area == pytest.approx(50)
    assert result.shapes["right_temple"].bounds[0] == pytest.approx(10)  # the group's transform applies
    assert result.shapes["left_temple"].area == pytest.approx(60, rel=0.03)  # a flattened Bézier curve (exactly 60)
    assert result.shapes["vertex"].area == pytest.approx(20)


def test_the_second_read_comes_from_the_cache_and_an_edit_misses_it(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = read_drawing(SVG.encode())

    def no_parsing(content):
        raise AssertionError("parsed again")

    monkeypatch.setattr(drawing, "_parse", no_parsing)
    again = read_drawing(SVG.encode())
    assert {k: g.wkb for k, g in again.shapes.items()} == {k: g.wkb for k, g in first.shapes.items()}
    with pytest.raises(AssertionError, match="parsed again"):
        read_drawing(SVG.replace("10,10", "10,12").encode())


def test_a_damaged_cache_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    read_drawing(SVG.encode())
    for cached in (tmp_path / "bodymap").iterdir():
        cached.write_text("{not json", encoding="utf-8")
    assert set(read_drawing(SVG.encode()).shapes) == {"right_temple", "left_temple", "vertex"}


def test_a_drawing_without_a_regions_group_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    with pytest.raises(DrawingError, match="no group with id 'regions'"):
        read_drawing(b'<svg xmlns="http://www.w3.org/2000/svg"><path id="x" d="M0,0 L1,0 L1,1 Z"/></svg>')
    with pytest.raises(DrawingError, match="cannot read the drawing"):
        read_drawing(b"<svg><g id='regions'>")


def test_the_details_group_is_kept_as_a_document_of_its_own_where_it_lay(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    layered = SVG.replace(
        '<path id="decoration"',
        '<g id="layer" transform="translate(5,0)"><g id="details" transform="scale(2)">'
        '<path id="navel" d="M1,1 L2,2"/></g></g><path id="decoration"',
    )
    for _ in range(2):  # parsed, then from the cache
        details = ElementTree.fromstring(read_drawing(layered.encode()).details)
        assert details.get("viewBox") == "0 0 100 200"
        (group,) = details
        assert group.get("id") == "details" and group.get("transform") == "translate(5,0) scale(2)"
        assert [e.get("id") for e in group] == ["navel"]
        assert "regions" not in read_drawing(layered.encode()).details.decode()
    assert read_drawing(SVG.encode()).details == b""  # a drawing without details


SHIPPED_DRAWINGS = sorted((REPO / "assets").glob("body_*.svg"))


@pytest.mark.parametrize("svg", SHIPPED_DRAWINGS, ids=lambda path: path.stem)
def test_the_shipped_shapes_are_exactly_those_of_the_shipped_drawings(svg):
    """What ``make art`` ships is what parsing the drawing gives today: run ``make art`` after changing either."""
    name, content = drawing.shipped_entry(svg.read_bytes())
    shipped = REPO / "assets" / "derived" / name
    assert shipped.is_file(), f"{svg.name} has no shipped shapes: run 'make art'"
    assert shipped.read_bytes() == content, f"the shipped shapes of {svg.name} are out of date: run 'make art'"


def test_nothing_else_is_shipped_with_the_shapes():
    names = {drawing.shipped_entry(svg.read_bytes())[0] for svg in SHIPPED_DRAWINGS}
    assert {p.name for p in (REPO / "assets" / "derived").iterdir()} == names


def test_a_first_start_takes_the_shipped_shapes_and_parses_no_drawing(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))  # empty: as on a first start

    def no_parsing(content):
        raise AssertionError("a shipped drawing was parsed")

    monkeypatch.setattr(drawing, "_parse", no_parsing)
    data = loading.load()
    assert set(data.atlas.views) == {"anterior", "posterior", "right_lateral", "left_lateral", "plantar"}


def test_an_edited_shipped_drawing_is_parsed_not_matched_to_the_shipped_shapes(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    edited = (REPO / "assets" / "body_plantar.svg").read_bytes().replace(b"<title>", b"<title>edited ", 1)
    parsed = []
    real_parse = drawing._parse
    monkeypatch.setattr(drawing, "_parse", lambda content: parsed.append(content) or real_parse(content))
    read_drawing(edited)
    assert parsed == [edited]
