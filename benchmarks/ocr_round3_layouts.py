"""Layouts drawn only for the OCR benchmark's round-3 fresh split (seed 4), never tuned on.

A comment in a Telegram channel's discussion (a bubble with a coloured name, an "admin" tag at the
right, the words, "diedit 12.30" at the bottom right, perhaps a reply quoting an earlier message)
and a comment in a Facebook group under its author's post (the name, a "Penulis" or "Admin" badge
on its own line, the words in a bubble, then "2 j  Suka  Balas").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from benchmarks.ocr_fresh_layouts import one_line

if TYPE_CHECKING:
    from benchmarks.ocr_images import _Screen

_BLUE = ((110, 170, 240), (40, 110, 190))
_ORANGE = ((240, 160, 80), (200, 100, 20))
ROUND3_PLATFORMS = ("telegram", "fb_group")


def _telegram(sc: _Screen, name: str, body: list[str], quote: str | None) -> str:
    s, rng = sc.s, sc.rng
    left, av = round(150 * s), round(36 * s)
    width = sc.w - left - round(170 * s)
    pad = round(22 * s)
    rows = len(body) + 2 + (2 if quote else 0)
    height = pad * 2 + sc.line_h * rows + (round(20 * s) if quote else 0)
    sc.avatar(av, sc.y + height - round(80 * s))
    sc.draw.rounded_rectangle([left - pad, sc.y, left + width + pad, sc.y + height], radius=round(24 * s),
                              fill=sc.bubble)
    sc.y += pad
    colour = _ORANGE[0] if sc.dark else _ORANGE[1]
    sc.draw.text((left, sc.y), name, font=sc.bold, fill=colour)
    if rng.random() < 0.3:
        tag = rng.choice(["admin", "pemilik"])
        sc.draw.text((left + width - sc.draw.textlength(tag, font=sc.small), sc.y + round(6 * s)), tag,
                     font=sc.small, fill=sc.muted)
    sc.y += sc.line_h
    if quote is not None:
        bar = _BLUE[0] if sc.dark else _BLUE[1]
        shade = tuple(max(0, c - 18) if not sc.dark else min(255, c + 18) for c in sc.bubble)
        box = [left - round(6 * s), sc.y, left + width, sc.y + sc.line_h * 2 + round(16 * s)]
        sc.draw.rounded_rectangle(box, radius=round(8 * s), fill=shade)
        sc.draw.rectangle([box[0], box[1], box[0] + round(6 * s), box[3]], fill=bar)
        who = rng.choice(["Diskominfo Kota", "Humas Pemkab", "Warga Baru"])
        sc.draw.text((left + round(18 * s), box[1] + round(8 * s)), who, font=sc.small, fill=bar)
        sc.draw.text((left + round(18 * s), box[1] + round(8 * s) + sc.line_h),
                     one_line(sc, quote, width - round(40 * s)), font=sc.small, fill=sc.muted)
        sc.y = box[3] + round(20 * s)
    sc.lines(left, body, sc.text, sc.fg)
    stamp = f"{rng.choice(['diedit ', 'edited ', '', ''])}{rng.randrange(6, 23):02d}.{rng.randrange(60):02d}"
    sc.draw.text((left + width - sc.draw.textlength(stamp, font=sc.small), sc.y), stamp, font=sc.small, fill=sc.muted)
    sc.y += sc.line_h + pad
    return name


def _fb_group(sc: _Screen, name: str, body: list[str], when: str, likes: str) -> str:
    s, rng = sc.s, sc.rng
    left, av = round(150 * s), round(36 * s)
    width = sc.w - left - round(170 * s)
    pad = round(24 * s)
    badge = rng.choice(["Penulis", "Admin", "Kontributor teratas", "Penulis"])
    height = pad * 2 + sc.line_h * (len(body) + 2)
    sc.avatar(av, sc.y)
    sc.draw.rounded_rectangle([left - pad, sc.y, left + width + pad, sc.y + height], radius=round(30 * s),
                              fill=sc.bubble)
    sc.y += pad
    bw = sc.draw.textlength(badge, font=sc.small)
    badge_colour = _BLUE[0] if sc.dark else _BLUE[1]
    sc.draw.rounded_rectangle([left, sc.y + round(4 * s), left + bw + round(24 * s), sc.y + sc.line_h - round(2 * s)],
                              radius=round(8 * s), outline=badge_colour, width=2)
    sc.draw.text((left + round(12 * s), sc.y + round(6 * s)), badge, font=sc.small, fill=badge_colour)
    sc.y += sc.line_h
    sc.lines(left, [name], sc.bold, sc.fg)
    sc.lines(left, body, sc.text, sc.fg)
    sc.y += pad
    sc.lines(left, [f"{when}    Suka    Balas"], sc.small, sc.muted)
    sc.draw.text((left + width, sc.y - sc.line_h), likes, font=sc.small, fill=sc.muted)
    return name


def draw_round3(sc: _Screen, platform: str, name: str, body: list[str], when: str, likes: str,
                quote: str | None) -> str:
    """Draw one comment in a round-3 layout; the pen ends below it. Returns the name as drawn."""
    drawn = _telegram(sc, name, body, quote) if platform == "telegram" else _fb_group(sc, name, body, when, likes)
    sc.y += round(50 * sc.s)
    return drawn
