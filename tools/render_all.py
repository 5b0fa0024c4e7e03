"""Draw every muscle's trigger points and referral pattern to one PNG per muscle, for reviewing the data.

    render_all.py [OUT_DIR] [--side right|left]      (OUT_DIR defaults to build/renders)

Each file is OUT_DIR/<muscle_id>.png, drawn exactly as `bodymap render --muscle ID` draws it: every view, the
trigger points as X marks, the essential zone solid and the spillover zone stippled.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bodymap.core.body.atlas import Side
from bodymap.core.data import loading
from bodymap.core.data.problems import DataError
from bodymap.export.render import RenderError, build_scene, render_file, render_title


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", nargs="?", default="build/renders", type=Path, help="where to write the PNGs")
    parser.add_argument("--side", choices=["right", "left"], default="right", help="the side to draw (default right)")
    args = parser.parse_args(argv)
    try:
        data = loading.load()
    except DataError as exc:
        print(f"render_all: the data files have problems:\n{exc}", file=sys.stderr)
        return 1
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for muscle in data.catalog.muscles.values():
        try:
            side = Side(args.side)
            title = render_title(data.atlas, muscle=muscle, side=side)
            render_file(args.out_dir / f"{muscle.id}.png", build_scene(data, muscle=muscle, side=side), title)
        except RenderError as exc:
            print(f"render_all: {exc}", file=sys.stderr)
            return 1
    print(f"wrote {len(data.catalog.muscles)} renders to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
