"""Text that always fits: wrapped on words, shrunk within bounds, measured, never cut.

Every size is measured with the font itself (`getlength` to wrap, `getbbox` for the box a line
covers when drawn), so a box is where the ink is, not an estimate. A word wider than the line is
broken only after a hyphen, an en dash or a slash ("Alun-/Alun") or before a web address's dot
("daftarvaksin/.sukamakmurkota.go.id"), never inside a name or a number; a word that still does
not fit is drawn smaller (down to WORD_FLOOR), whole. When nothing fits, the text does not fit
(`None`) and the caller moves it to another slide or leaves it off with a note, but never draws
part of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.cards.fonts import font

#: Line pitch as a multiple of the font size.
LINE_SPACING = 1.22
#: Places a word may be broken: after a hyphen, an en dash or a slash, and before the dot of a web
#: address ("daftar.sukamakmurkota" | ".go.id"), never inside a number ("1.500", "08.00").
_BREAK = re.compile(r"(?<=[-/–])(?=[^-/–])|(?=\.[^\W\d_])")


@dataclass(frozen=True)
class Box:
    left: int
    top: int
    right: int
    bottom: int

    def overlaps(self, other: Box) -> bool:
        return (self.left < other.right and other.left < self.right
                and self.top < other.bottom and other.top < self.bottom)

    def inside(self, width: int, height: int, margin: int = 0) -> bool:
        return (self.left >= margin and self.top >= margin and self.right <= width - margin
                and self.bottom <= height - margin)

    def union(self, other: Box) -> Box:
        return Box(min(self.left, other.left), min(self.top, other.top), max(self.right, other.right),
                   max(self.bottom, other.bottom))

    @property
    def width(self) -> int:
        return self.right - self.left

    @property
    def height(self) -> int:
        return self.bottom - self.top


@dataclass(frozen=True)
class TextBox:
    """A block of text as drawn: the planned text, its lines, where they start, and the measured box."""

    role: str
    text: str
    lines: tuple[str, ...]
    size: int
    bold: bool
    #: The palette field the text is drawn in.
    colour: str
    x: int
    y: int
    box: Box

    @property
    def pitch(self) -> int:
        return round(self.size * LINE_SPACING)

    def moved(self, dy: int) -> TextBox:
        b = self.box
        return TextBox(self.role, self.text, self.lines, self.size, self.bold, self.colour, self.x, self.y + dy,
                       Box(b.left, b.top + dy, b.right, b.bottom + dy))


def wrap(text: str, size: int, bold: bool, width: int) -> list[str] | None:
    """`text` in lines no wider than `width` px, broken between words (or after a hyphen or slash
    inside a word too long for a line); None when a piece that cannot be broken is wider."""
    face = font(size, bold)
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if face.getlength(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
            current = ""
        if face.getlength(word) <= width:
            current = word
            continue
        for piece in _BREAK.split(word):
            if face.getlength(current + piece) <= width:
                current += piece
                continue
            if current:
                lines.append(current)
            if face.getlength(piece) > width:
                return None
            current = piece
    if current:
        lines.append(current)
    return lines


def block_height(lines: int, size: int, bold: bool) -> int:
    """Height from the first line's top to the last line's descent."""
    ascent, descent = font(size, bold).getmetrics()
    return round(size * LINE_SPACING) * (lines - 1) + ascent + descent


def measure(lines: tuple[str, ...], size: int, bold: bool, x: int, y: int) -> Box:
    """The box the lines cover when drawn with their top-left origin at (x, y), one pitch apart."""
    face = font(size, bold)
    pitch = round(size * LINE_SPACING)
    box: Box | None = None
    for i, line in enumerate(lines):
        left, top, right, bottom = face.getbbox(line)
        line_box = Box(x + int(left), y + i * pitch + int(top), x + int(right) + 1, y + i * pitch + int(bottom) + 1)
        box = line_box if box is None else box.union(line_box)
    return box if box is not None else Box(x, y, x, y)


@dataclass(frozen=True)
class Style:
    role: str
    max_size: int
    min_size: int
    bold: bool = False
    colour: str = "text"


#: Smallest size for a text with a word that cannot be broken and is wider than the line at the
#: style's smallest size (a place name of 35 letters): smaller, but whole.
WORD_FLOOR = 28


def fit(style: Style, text: str, x: int, y: int, width: int, max_height: int) -> TextBox | None:
    """The text at the largest size (the style's largest down to its smallest, in steps of 2 px)
    whose lines fit `width` and `max_height`; below the smallest only while a word is wider than the
    line (down to WORD_FLOOR); None when no size fits."""
    text = " ".join(text.split())
    if not text:
        return None
    for s in range(style.max_size, WORD_FLOOR - 1, -2):
        if s < style.min_size and wrap(text, style.min_size, style.bold, width) is not None:
            return None  # below the smallest size only for a word too wide, never for more room
        lines = wrap(text, s, style.bold, width)
        if lines is None or block_height(len(lines), s, style.bold) > max_height:
            continue
        shown = tuple(lines)
        return TextBox(style.role, text, shown, s, style.bold, style.colour, x, y, measure(shown, s, style.bold, x, y))
    return None
