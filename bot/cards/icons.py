"""Simple icons drawn with Pillow's primitives: a disc in the primary colour with a glyph in the
band's text colour (a pair the palette holds to WCAG AA). No icon files, so no licence to track."""

from __future__ import annotations

from collections.abc import Callable

from PIL import ImageDraw

from bot.cards.layout import Box
from bot.core.reading import Slot

RGB = tuple[int, int, int]
Glyph = Callable[[ImageDraw.ImageDraw, float, float, float, RGB, RGB], None]


def _calendar(d: ImageDraw.ImageDraw, cx: float, cy: float, r: float, ink: RGB, ground: RGB) -> None:
    w = r * 0.9
    d.rounded_rectangle((cx - w, cy - w * 0.8, cx + w, cy + w * 0.9), radius=r * 0.12, outline=ink,
                        width=max(3, int(r / 9)))
    d.rectangle((cx - w, cy - w * 0.8, cx + w, cy - w * 0.35), fill=ink)
    for dx in (-0.5, 0.5):
        d.line((cx + dx * w, cy - w * 1.05, cx + dx * w, cy - w * 0.6), fill=ink, width=max(3, int(r / 8)))
    for row in (0.05, 0.5):
        for col in (-0.5, 0.0, 0.5):
            x, y = cx + col * w, cy + row * w
            d.rectangle((x - r * 0.1, y - r * 0.1, x + r * 0.1, y + r * 0.1), fill=ink)


def _pin(d: ImageDraw.ImageDraw, cx: float, cy: float, r: float, ink: RGB, ground: RGB) -> None:
    head = r * 0.55
    top = cy - r * 0.45
    d.ellipse((cx - head, top - head, cx + head, top + head), fill=ink)
    tip = [(cx - head * 0.86, top + head * 0.5), (cx + head * 0.86, top + head * 0.5), (cx, cy + r * 0.85)]
    d.polygon(tip, fill=ink)
    hole = head * 0.42
    d.ellipse((cx - hole, top - hole, cx + hole, top + hole), fill=ground)


def _coin(d: ImageDraw.ImageDraw, cx: float, cy: float, r: float, ink: RGB, ground: RGB) -> None:
    c = r * 0.8
    d.ellipse((cx - c, cy - c, cx + c, cy + c), outline=ink, width=max(3, int(r / 8)))
    s = r * 0.38  # a tag's shape inside the coin: a rectangle with a pointed end and a hole
    d.polygon([(cx - s, cy - s * 0.7), (cx + s * 0.5, cy - s * 0.7), (cx + s, cy), (cx + s * 0.5, cy + s * 0.7),
               (cx - s, cy + s * 0.7)], fill=ink)
    d.ellipse((cx + s * 0.25, cy - s * 0.15, cx + s * 0.55, cy + s * 0.15), fill=ground)


def _people(d: ImageDraw.ImageDraw, cx: float, cy: float, r: float, ink: RGB, ground: RGB) -> None:
    for dx, scale in ((-0.42, 0.8), (0.42, 0.8), (0.0, 1.0)):
        x, head = cx + dx * r, r * 0.24 * scale
        y = cy - r * 0.3 * scale
        d.ellipse((x - head - 3, y - head - 3, x + head + 3, y + head + 3), fill=ground)
        d.ellipse((x - head, y - head, x + head, y + head), fill=ink)
        body = r * 0.42 * scale
        d.pieslice((x - body, y + head * 1.2, x + body, y + head * 1.2 + body * 2), 180, 360, fill=ink)


def _checklist(d: ImageDraw.ImageDraw, cx: float, cy: float, r: float, ink: RGB, ground: RGB) -> None:
    width = max(3, int(r / 8))
    for dy in (-0.45, 0.0, 0.45):
        y = cy + dy * r
        x = cx - r * 0.6
        d.line((x, y, x + r * 0.12, y + r * 0.12, x + r * 0.32, y - r * 0.14), fill=ink, width=width, joint="curve")
        d.line((cx - r * 0.1, y, cx + r * 0.65, y), fill=ink, width=width)


def _phone(d: ImageDraw.ImageDraw, cx: float, cy: float, r: float, ink: RGB, ground: RGB) -> None:
    w, h = r * 0.45, r * 0.78
    d.rounded_rectangle((cx - w, cy - h, cx + w, cy + h), radius=r * 0.14, fill=ink)
    d.rectangle((cx - w * 0.72, cy - h * 0.72, cx + w * 0.72, cy + h * 0.55), fill=ground)
    dot = r * 0.08
    d.ellipse((cx - dot, cy + h * 0.7 - dot, cx + dot, cy + h * 0.7 + dot), fill=ground)


def _chart(d: ImageDraw.ImageDraw, cx: float, cy: float, r: float, ink: RGB, ground: RGB) -> None:
    base = cy + r * 0.6
    for i, height in enumerate((0.5, 0.9, 1.25)):
        x = cx - r * 0.6 + i * r * 0.45
        d.rectangle((x, base - height * r, x + r * 0.3, base), fill=ink)


def _clock(d: ImageDraw.ImageDraw, cx: float, cy: float, r: float, ink: RGB, ground: RGB) -> None:
    c = r * 0.75
    width = max(3, int(r / 8))
    d.ellipse((cx - c, cy - c, cx + c, cy + c), outline=ink, width=width)
    d.line((cx, cy - c * 0.6, cx, cy, cx + c * 0.45, cy + c * 0.3), fill=ink, width=width, joint="curve")


GLYPHS: dict[Slot, Glyph] = {
    Slot.WHEN: _calendar, Slot.DEADLINE: _clock, Slot.WHERE: _pin, Slot.COST: _coin, Slot.WHO: _people,
    Slot.QUOTA: _people, Slot.TARGET: _chart, Slot.FIGURES: _chart, Slot.REQUIREMENTS: _checklist,
    Slot.HOW: _checklist, Slot.CONTACT: _phone,
}


def draw_icon(d: ImageDraw.ImageDraw, slot: Slot, box: Box, disc: RGB, ink: RGB) -> None:
    """The slot's icon inside `box`: a disc of `disc` with the glyph in `ink`."""
    d.ellipse((box.left, box.top, box.right - 1, box.bottom - 1), fill=disc)
    r = box.width / 2
    GLYPHS.get(slot, _checklist)(d, box.left + r, box.top + r, r * 0.62, ink, disc)
