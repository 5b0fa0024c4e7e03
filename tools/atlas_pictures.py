"""Pictures of the atlas art for the README: each view whole, and zoomed on the head, a hand and a foot.

Run:  QT_QPA_PLATFORM=offscreen python tools/atlas_pictures.py [OUT_DIR]   (default docs/atlas)
"""

import sys
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
# view: {picture name: (x, y, width, height) in drawing units}
CROPS = {
    "anterior": {"head": (200, 28, 160, 200), "hand": (83, 530, 90, 145), "foot": (193, 950, 96, 120)},
    "posterior": {"head": (200, 28, 160, 200), "hand": (387, 530, 90, 145), "foot": (272, 940, 96, 120)},
    "right_lateral": {"head": (195, 28, 155, 200), "hand": (380, 362, 130, 100), "foot": (220, 945, 180, 110)},
    "left_lateral": {},
    "plantar": {},
}


def render(svg: Path, box: tuple[float, float, float, float] | None, scale: float) -> QImage:
    renderer = QSvgRenderer(str(svg))
    size = renderer.defaultSize()
    x, y, w, h = box or (0, 0, size.width(), size.height())
    image = QImage(int(w * scale), int(h * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.setViewBox(QRectF(x, y, w, h))
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    return image


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "atlas"
    out.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - painting needs an application
    for view, crops in CROPS.items():
        svg = ROOT / "assets" / f"body_{view}.svg"
        render(svg, None, 0.6).save(str(out / f"{view}.png"))
        for name, box in crops.items():
            render(svg, box, 3.0).save(str(out / f"{view}_{name}.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
