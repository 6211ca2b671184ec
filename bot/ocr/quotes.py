"""A quoted message inside a chat bubble: told from the words below it by its tinted box.

WhatsApp and Telegram draw a reply's quoted message (the quoted sender and a line of their text)
in a box a shade darker (lighter in dark mode) than the bubble, with a coloured bar at its left.
Tesseract reads it as just more lines under the sender's name, so the quote was taken for the
comment. Here each line's background colour is measured on the original image: a short run of
lines whose background is neither the screen's nor that of the lines just above and below it
(which share one) sits in a box of its own inside the bubble, and is a quote.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

from bot.ocr.layout import Line, join_lines

#: A channel differing by at least this much (0-255) is another background; within SAME it is the same.
_OTHER = 6
_SAME = 3
#: A quote is its sender and one or two lines of text.
_MAX_QUOTE_LINES = 3


@dataclass(frozen=True)
class Quote:
    sender: str | None
    text: str


def _background(pixels: np.ndarray, line: Line) -> np.ndarray:
    """The median colour inside the line's box: letters cover well under half of it."""
    top, bottom = max(0, int(line.top)), min(pixels.shape[0], int(line.bottom) + 1)
    left, right = max(0, int(line.left)), min(pixels.shape[1], int(max(w.right for w in line.words)) + 1)
    box = pixels[top:bottom, left:right].reshape(-1, pixels.shape[2])
    return np.median(box, axis=0) if len(box) else np.zeros(pixels.shape[2])


def _differs(a: np.ndarray, b: np.ndarray) -> bool:
    return bool(np.max(np.abs(a - b)) >= _OTHER)


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    return bool(np.max(np.abs(a - b)) <= _SAME)


def split_quotes(lines: list[Line], image: Image.Image) -> tuple[list[Line], list[Quote]]:
    """`lines` without the quoted messages' lines, and the quotes (sender line apart when there are two or more)."""
    if len(lines) < 3:
        return lines, []
    pixels = np.asarray(image.convert("RGB"), dtype=np.int16)
    screen = np.median(pixels[:8, :8].reshape(-1, 3), axis=0)
    colours = [_background(pixels, ln) for ln in lines]
    height = max(1.0, float(np.median([ln.height for ln in lines])))
    quoted: set[int] = set()
    quotes: list[Quote] = []
    i = 1
    while i < len(lines) - 1:
        above = colours[i - 1]
        if not (_differs(colours[i], above) and _differs(colours[i], screen)):
            i += 1
            continue
        end = i
        while (end + 1 < len(lines) and _same(colours[end + 1], colours[i])
               and lines[end + 1].top - lines[end].bottom < height * 1.5):
            end += 1
        below = end + 1
        if (end - i + 1 <= _MAX_QUOTE_LINES and below < len(lines) and _same(colours[below], above)
                and not _same(above, screen) and lines[below].top - lines[end].bottom < height * 3):
            run = lines[i : end + 1]
            sender = run[0].text if len(run) > 1 else None
            quotes.append(Quote(sender, join_lines(run[1:] if sender else run)))
            quoted.update(range(i, end + 1))
        i = end + 1
    return [ln for k, ln in enumerate(lines) if k not in quoted], quotes
