"""Straightening a photo of a page before Tesseract reads it.

Tesseract's own orientation detection (OSD) takes seconds; a projection profile is a few
milliseconds: on a small binarised copy, rotated through a range of angles, the rows of text line
up with the pixel rows at the right angle, so the row sums change most sharply from row to row
(text, gap, text). Only the middle of the picture is scored, so that a table edge or the dark
border of a photographed page does not weigh in. A screenshot scores best at zero and is left alone.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

#: The search range and steps (degrees): a page photographed by hand is rarely more than 4 off.
MAX_ANGLE = 4.0
_COARSE = 0.5
_FINE = 0.1
#: Below this the rotation costs more (a blurred resample) than it gains.
MIN_ANGLE = 0.3
_SMALL_WIDTH = 700
_INK = 128


def _score(small: Image.Image, angle: float) -> float:
    rotated = np.asarray(small.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0), dtype=np.float64)
    h, w = rotated.shape
    middle = rotated[h // 8 : h - h // 8, w // 8 : w - w // 8]
    profile = middle.sum(axis=1)
    return float(np.square(np.diff(profile)).sum())


def skew_angle(grey: Image.Image) -> float:
    """The rotation (degrees, counter-clockwise, as `Image.rotate` takes it) that levels the text rows."""
    factor = min(1.0, _SMALL_WIDTH / max(1, grey.width))
    small = grey.resize((max(1, round(grey.width * factor)), max(1, round(grey.height * factor))),
                        Image.Resampling.BILINEAR)
    ink = small.point(lambda v: 255 if v < _INK else 0)
    if min(ink.size) < 40:
        return 0.0
    steps = int(MAX_ANGLE / _COARSE)
    best = max((i * _COARSE for i in range(-steps, steps + 1)), key=lambda a: _score(ink, a))
    fine = [best + i * _FINE for i in range(-4, 5)]
    best = max(fine, key=lambda a: (_score(ink, a), -abs(a)))
    return round(best, 2)


def deskewed(grey: Image.Image) -> tuple[Image.Image, float]:
    """`grey` (dark text on light) rotated level, and the angle used (0 when it was level already)."""
    angle = skew_angle(grey)
    if abs(angle) < MIN_ANGLE:
        return grey, 0.0
    return grey.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255), angle
