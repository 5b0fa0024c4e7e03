"""The patient's handout, made by `bodymap handout` and read back as its reader would (text layer, pages, picture)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage

from bodymap.cli import main
from bodymap.core.body.atlas import Side
from bodymap.core.body.painmap import PainMap, PainMark
from bodymap.core.case.model import Finding, Target, Technique, Treatment, TriggerPointResult, Visit
from bodymap.export.handout import Handout, HandoutOptions, visit_targets
from bodymap.export.handout_pages import NOTICE, HandoutPages
from bodymap.export.page import Paper
from tests.conftest import REPO
from tests.export import pdf

EXAMPLE = REPO / "examples" / "tension_headache.bodymap"
A4, LETTER = (595.0, 842.0), (612.0, 792.0)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def share_of(image: QImage, wanted: QColor, tolerance: int = 40) -> float:
    """The share of the picture's pixels close to ``wanted`` (every fourth pixel each way is looked at)."""
    hits = total = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            c = image.pixelColor(x, y)
            total += 1
            near = abs(c.red() - wanted.red()) + abs(c.green() - wanted.green()) + abs(c.blue() - wanted.blue())
            hits += near <= tolerance
    return hits / total


def test_the_example_case_makes_a_one_page_handout_of_its_last_visit(capsys, tmp_path):
    out_file = tmp_path / "handout.pdf"
    code, out, err = run(capsys, "handout", str(EXAMPLE), "-o", str(out_file))
    assert code == 0, err
    assert "(1 page)" in out and "Suboccipital muscles, right side; Upper trapezius, right side" in out
    assert pdf.pages(out_file) == 1
    assert pdf.page_size(out_file) == A4  # the system's country uses A4 here, and nothing else was set
    words = pdf.text(out_file)
    for expected in (
        "Your pain and where it may come from",
        "Prepared for you on 17 March 2026",  # the visit's date
        "Suboccipital muscles, right side",
        "Upper trapezius, right side",
        "What it does: Lifts your shoulder",
        "What helps: Let your shoulders drop",
        "referred pain",
        "After dry needling",
        "Call the emergency services now if",
        NOTICE[:60],
    ):
        assert expected in words
    assert pdf.images(out_file) == 0  # shapes and text, no bitmaps: sharp at any size, and the words selectable
    page = pdf.page_picture(out_file, tmp_path / "page")
    assert share_of(page, QColor("white")) > 0.5  # a calm page ...
    assert share_of(page, QColor(220, 110, 110), 60) > 0.003  # ... with the patient's pain in red
    assert share_of(page, QColor(33, 84, 178), 70) > 0.003  # ... and the patterns in blue


def test_another_visit_and_named_muscles(capsys, tmp_path):
    out_file = tmp_path / "first.pdf"
    code, _, err = run(capsys, "handout", str(EXAMPLE), "--visit", "1", "--muscle", "scm", "-o", str(out_file))
    assert code == 0, err
    words = pdf.text(out_file)
    assert "3 February 2026" in words
    assert "Sternocleidomastoid, right side" in words  # the side of the visit's drawing
    assert "Upper trapezius" not in words


def test_a_drawing_without_a_case(capsys, tmp_path):
    out_file = tmp_path / "drawing.pdf"
    code, out, err = run(
        capsys, "handout", "--pain", "left temple=7", "--muscle", "temporalis", "upper trapezius=right", "-o",
        str(out_file), "--paper", "letter", "--clinic", "Northside Physiotherapy",
    )  # fmt: skip
    assert code == 0, err
    assert "Temporalis, left side; Upper trapezius, right side" in out
    assert pdf.page_size(out_file) == LETTER
    words = pdf.text(out_file)
    assert "Northside Physiotherapy" in words and dt.date.today().strftime("%B %Y") in words
    assert "May cause your pain at: left temple" in words


def test_without_muscles_the_smallest_set_is_shown(capsys, tmp_path):
    code, out, _ = run(capsys, "handout", "--pain", "right temple", "right occiput", "-o", str(tmp_path / "h.pdf"))
    assert code == 0
    assert "right side" in out and "no muscles" not in out


def test_four_muscles_are_all_named_on_as_few_pages_as_fit(capsys, tmp_path):
    out_file = tmp_path / "four.pdf"
    muscles = ["upper trapezius", "scm", "temporalis", "masseter"]
    code, out, _ = run(capsys, "handout", "--pain", "right temple", "--muscle", *muscles, "-o", str(out_file))
    assert code == 0
    assert 1 <= pdf.pages(out_file) <= 2 and f"({pdf.pages(out_file)} page" in out
    words = pdf.text(out_file)
    for name in ("Upper trapezius", "Sternocleidomastoid", "Temporalis", "Masseter"):
        assert f"{name}, right side" in words
    if pdf.pages(out_file) == 2:
        assert "Page 2 of 2" in words


def test_png_pages(capsys, tmp_path):
    out_file = tmp_path / "handout.png"
    code, out, _ = run(capsys, "handout", str(EXAMPLE), "-o", str(out_file))
    assert code == 0 and str(out_file) in out
    image = QImage(str(out_file))
    assert (image.width(), image.height()) == (1240, 1754)  # A4 at 150 dots per inch
    assert out_file.stat().st_mode & 0o777 == 0o600  # a patient's handout is private to its owner


def test_the_clinic_logo_is_drawn_and_a_broken_one_is_reported(capsys, tmp_path, qapp):
    logo = tmp_path / "logo.png"
    picture = QImage(200, 60, QImage.Format.Format_RGB32)
    picture.fill(QColor("#0a7d4f"))
    assert picture.save(str(logo))
    out_file = tmp_path / "logo.png.pdf"
    code, _, err = run(capsys, "handout", str(EXAMPLE), "--logo", str(logo), "-o", str(out_file))
    assert code == 0 and err == ""
    assert pdf.images(out_file) >= 1  # the logo is the page's one picture
    page = pdf.page_picture(out_file, tmp_path / "page")
    assert share_of(page, QColor("#0a7d4f"), 30) > 0.001
    broken = tmp_path / "broken.png"
    broken.write_text("not a picture")
    code, _, err = run(capsys, "handout", str(EXAMPLE), "--logo", str(broken), "-o", str(tmp_path / "b.pdf"))
    assert code == 0 and "cannot be read as a picture" in err


def test_the_window_settings_are_the_defaults(capsys, tmp_path):
    """A clinic's name set once in the window's settings is on the command line's handouts too."""
    store = QSettings("bodymap", "bodymap")
    store.setValue("handout/clinic", "Riverside Clinic")
    store.setValue("handout/paper", "letter")
    store.sync()
    try:
        out_file = tmp_path / "h.pdf"
        assert run(capsys, "handout", str(EXAMPLE), "-o", str(out_file))[0] == 0
        assert "Riverside Clinic" in pdf.text(out_file) and pdf.page_size(out_file) == LETTER
        assert run(capsys, "handout", str(EXAMPLE), "--paper", "a4", "-o", str(out_file))[0] == 0
        assert pdf.page_size(out_file) == A4
    finally:
        store.remove("handout")
        store.sync()


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["handout", "-o", "x.pdf"], "give a case file, or the painful areas"),
        (["handout", str(EXAMPLE), "--pain", "right temple", "-o", "x.pdf"], "give a case file, or the painful"),
        (["handout", str(EXAMPLE), "--visit", "5", "-o", "x.pdf"], "--visit should be 1 to 4"),
        (["handout", "--pain", "right temple", "--visit", "1", "-o", "x.pdf"], "--visit needs a case file"),
        (["handout", str(EXAMPLE), "-o", "x.svg"], "use a .pdf or .png"),
        (["handout", "--pain", "right temple", "--muscle", "a", "b", "c", "d", "e", "-o", "x.pdf"], "at most 4"),
        (["handout", "--pain", "right temple", "--muscle", "temporalis=up", "-o", "x.pdf"], "left or right"),
        (["handout", "--pain", "right temple", "--muscle", "nothing", "-o", "x.pdf"], "no muscle is called"),
    ],
)
def test_usage_errors_say_what_to_do(capsys, tmp_path, monkeypatch, argv, expected):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, *argv)
    assert code == 2 and expected in err
    assert not (tmp_path / "x.pdf").exists()


def test_a_broken_case_file_is_refused(capsys, tmp_path):
    broken = tmp_path / "broken.bodymap"
    broken.write_text('{"format": "bodymap case", "format_version": 1, "visits": []}')
    code, _, err = run(capsys, "handout", str(broken), "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "cannot be opened" in err and "at least one visit" in err


def test_a_visit_hands_out_what_was_treated_then_found_then_planned():
    trap, scm, sub, temporalis, masseter = (
        Target(m, Side.RIGHT)
        for m in ("upper_trapezius", "sternocleidomastoid", "suboccipitals", "temporalis", "masseter")
    )
    levator = Target("levator_scapulae", Side.LEFT)
    visit = Visit(
        dt.date(2026, 3, 1),
        plan=(temporalis, masseter, scm, sub, levator),
        findings={
            scm: Finding(TriggerPointResult.ACTIVE),  # active, but not the familiar pain
            sub: Finding(TriggerPointResult.ACTIVE, familiar_pain=True),
            masseter: Finding(TriggerPointResult.NONE),  # examined, nothing found: not on the handout
        },
        treatments=(Treatment(trap, Technique.DRY_NEEDLING),),
    )
    assert visit_targets(visit) == [trap, sub, scm, temporalis]  # four at most: levator is left out
    assert visit_targets(Visit(dt.date(2026, 3, 1))) == []


def test_the_same_handout_paints_the_same_pages(data, qapp, tmp_path):
    """The pages are a function of the handout: built twice, they are the same picture."""
    handout = Handout.of_drawing(PainMap({"right_temple": PainMark(7)}), [], data, dt.date(2026, 3, 1))
    first = HandoutPages(handout, data, HandoutOptions(paper=Paper.LETTER)).write(tmp_path / "a.png")
    second = HandoutPages(handout, data, HandoutOptions(paper=Paper.LETTER)).write(tmp_path / "b.png")
    assert QImage(str(first[0])) == QImage(str(second[0]))


def test_every_page_fits_on_its_paper(data, qapp):
    """However many muscles, nothing is painted past the bottom margin."""
    pain = {rid: PainMark(5) for rid in ("right_temple", "right_occiput", "right_scapula", "right_lateral_epicondyle")}
    for paper in Paper:
        handout = Handout.of_drawing(pain, [], data, dt.date(2026, 3, 1))
        pages = HandoutPages(handout, data, HandoutOptions(paper=paper, progress=False))
        bottom = paper.size.height()
        for layout in pages.layout.pages:
            for block, top in layout:
                assert top + block.height < bottom - 40
