"""How a picture looks without full colour vision: simulated deuteranopia, and greyscale.

    colour_vision.py IN.png [IN.png ...] [--out DIR]     writes NAME-deuteranopia.png and NAME-greyscale.png

Deuteranopia (no green-sensitive cones, the commonest form of colour blindness) is simulated with the matrix of
Machado, Oliveira and Fernandes (2009) at severity 1, applied to linear RGB; greyscale is the relative luminance
of WCAG (0.2126 R + 0.7152 G + 0.0722 B, linear).  Pain and a referral pattern must still read apart in both.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from PySide6.QtGui import QImage

DEUTERANOPIA = np.array(
    [
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.011820, 0.042940, 0.968881],
    ]
)
LUMINANCE = np.array([0.2126, 0.7152, 0.0722])


def _linear(srgb: np.ndarray) -> np.ndarray:
    return np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)


def _srgb(linear: np.ndarray) -> np.ndarray:
    linear = np.clip(linear, 0.0, 1.0)
    return np.where(linear <= 0.0031308, linear * 12.92, 1.055 * linear ** (1 / 2.4) - 0.055)


def _rgb(image: QImage) -> np.ndarray:
    """The picture as linear RGB floats, height x width x 3."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return _linear(rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3) / 255.0)


def _image(linear: np.ndarray) -> QImage:
    pixels = np.ascontiguousarray((_srgb(linear) * 255 + 0.5).astype(np.uint8))
    height, width, _ = pixels.shape
    return QImage(pixels.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


def deuteranopia(image: QImage) -> QImage:
    return _image(_rgb(image) @ DEUTERANOPIA.T)


def greyscale(image: QImage) -> QImage:
    grey = _rgb(image) @ LUMINANCE
    return _image(np.repeat(grey[..., None], 3, axis=2))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pictures", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, help="where to write (default: beside each picture)")
    args = parser.parse_args()
    for path in args.pictures:
        image = QImage(str(path))
        if image.isNull():
            print(f"{path}: not a picture", file=sys.stderr)
            return 1
        folder = args.out or path.parent
        folder.mkdir(parents=True, exist_ok=True)
        for name, simulate in (("deuteranopia", deuteranopia), ("greyscale", greyscale)):
            target = folder / f"{path.stem}-{name}.png"
            if not simulate(image).save(str(target)):
                print(f"{target}: cannot write", file=sys.stderr)
                return 1
            print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
