"""Flash cards for Anki: one note per trigger point, written by genanki.

Each note makes two cards: the pattern's picture (drawn by the app's own renderer) asking whose trigger point it
is, with the muscle, where to find the trigger point and the pattern in words on the back; and the reverse, the
muscle and trigger point asking for the pattern.  The ids below are fixed, and each note's id is made from its
trigger point's id, so that importing a newer deck updates the cards a student already has instead of adding
copies (and keeps their review history).
"""

from __future__ import annotations

import html
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import genanki

from bodymap.core.body.atlas import Side
from bodymap.core.clinic.catalog import TriggerPoint
from bodymap.core.data.loading import LoadedData
from bodymap.core.study.views import views_showing
from bodymap.core.study.words import pattern_words
from bodymap.export.render import build_scene, render_file

MODEL_ID = 1_738_204_515  # fixed for good: Anki knows the note type by it
DECK_ID = 1_511_987_342
DECK_NAME = "bodymap: trigger points and referral patterns"
PICTURE_HEIGHT = 900  # pixels: sharp on a phone, small enough for a deck of every trigger point

FIELDS = ("Picture", "Muscle", "Trigger point", "Location", "Pattern", "Region")

CSS = """
.card { font-family: sans-serif; font-size: 18px; text-align: center; color: #222; background: #fff; }
.card img { max-width: 100%; max-height: 70vh; }
.ask { margin: 12px; font-style: italic; color: #555; }
.muscle { font-size: 26px; font-weight: bold; margin: 8px; }
.tp { font-size: 20px; margin: 6px; }
.location, .pattern { text-align: left; max-width: 40em; margin: 10px auto; }
.region { color: #777; font-size: 14px; }
.nightMode .card, .card.nightMode { color: #eee; background: #2b2d31; }
"""

NAMED = (
    '<div class="muscle">{{Muscle}}</div><div class="tp">{{Trigger point}}</div>'
    '<div class="location"><b>How to find it:</b> {{Location}}</div>'
)

MODEL = genanki.Model(
    MODEL_ID,
    "bodymap trigger point",
    fields=[{"name": name} for name in FIELDS],
    templates=[
        {
            "name": "Pattern: whose trigger point?",
            "qfmt": '{{Picture}}<div class="ask">Whose trigger point (X) refers pain to the blue zone?</div>',
            "afmt": '{{FrontSide}}<hr id="answer">' + NAMED
            + '<div class="pattern">{{Pattern}}</div><div class="region">{{Region}}</div>',
        },
        {
            "name": "Muscle: where does it refer?",
            "qfmt": NAMED + '<div class="ask">Where does this trigger point refer pain?</div>',
            "afmt": '{{FrontSide}}<hr id="answer">{{Picture}}<div class="pattern">{{Pattern}}</div>',
        },
    ],
    css=CSS,
)  # fmt: skip


class ExportError(Exception):
    """The deck could not be made; the message says why."""


Progress = Callable[[int, int], bool]  # (done, total) -> go on?


def deck_trigger_points(data: LoadedData, groups: Iterable[str] = ()) -> list[TriggerPoint]:
    """The trigger points of the muscles of body ``groups`` (none: all), in the data's order."""
    wanted = set(groups)
    return [
        tp
        for muscle in data.catalog.muscles.values()
        if not wanted or muscle.group in wanted
        for tp in muscle.trigger_points
        if tp.id in data.catalog.patterns
    ]


def picture_name(tp: TriggerPoint) -> str:
    """The picture's file name in Anki's media folder, which all decks share: prefixed, so it clashes with none."""
    return f"bodymap_{tp.id}.png"


def note_fields(tp: TriggerPoint, data: LoadedData) -> list[str]:
    """The note's fields (HTML) for ``tp``, on the patient's right as the data describes it."""
    muscle = data.catalog.muscles[tp.muscle_id]
    return [
        f'<img src="{html.escape(picture_name(tp))}">',
        html.escape(muscle.name),
        html.escape(tp.name),
        html.escape(tp.palpation),
        html.escape(pattern_words(tp, Side.RIGHT, data.atlas, data.catalog)),
        html.escape(muscle.group.capitalize()),
    ]


def deck_bytes(data: LoadedData, groups: Iterable[str] = (), progress: Progress | None = None) -> bytes:
    """The deck (an .apkg file's bytes) for the trigger points of body ``groups`` (none: all).  ``progress`` is
    told after each picture, and stops the export by answering False (then ExportError is raised)."""
    points = deck_trigger_points(data, groups)
    if not points:
        raise ExportError("there are no trigger points in the chosen body regions")
    deck = genanki.Deck(DECK_ID, DECK_NAME)
    with tempfile.TemporaryDirectory(prefix="bodymap-anki-") as folder:
        pictures = []
        for done, tp in enumerate(points, start=1):
            picture = Path(folder) / picture_name(tp)
            essential, spillover = data.catalog.patterns[tp.id].zones(Side.RIGHT, data.atlas)
            views = views_showing(essential | spillover, [tp.location], data.atlas)
            render_file(picture, build_scene(data, trigger_point=tp, views=views), png_height=PICTURE_HEIGHT)
            pictures.append(str(picture))
            muscle = data.catalog.muscles[tp.muscle_id]
            tags = ["bodymap", muscle.group.replace(" ", "_")]
            deck.add_note(
                genanki.Note(MODEL, note_fields(tp, data), tags=tags, guid=genanki.guid_for("bodymap", tp.id))
            )
            if progress is not None and not progress(done, len(points)):
                raise ExportError("the export was cancelled")
        target = Path(folder) / "deck.apkg"
        with _temporary_files_in(folder):
            genanki.Package(deck, media_files=pictures).write_to_file(str(target))
        return target.read_bytes()


@contextmanager
def _temporary_files_in(folder: str) -> Iterator[None]:
    """Works around genanki 0.13, whose write_to_file leaves its temporary collection file behind (it makes it
    with mkstemp and never removes it): pointed into our own temporary folder, it goes when the folder goes."""
    before = tempfile.tempdir
    tempfile.tempdir = folder
    try:
        yield
    finally:
        tempfile.tempdir = before
