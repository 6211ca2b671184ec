"""Layouts drawn only for the OCR benchmark's fresh held-out split (round 2), never tuned on.

A Threads reply (username, time and a "···" menu on one line, a thread line from the avatar, an
icon row with counts below the words), a message forwarded into a WhatsApp group ("~ Name" with a
phone number, a "Diteruskan" label, a time stamp), and a chat bubble quoting an earlier message
above the words (a tinted box with a coloured bar, the quoted sender and one line of their text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.ocr_images import _Screen

_GREEN = ((83, 200, 140), (37, 150, 90))
_PURPLE = ((190, 140, 255), (120, 70, 200))


def one_line(sc: _Screen, text: str, width: float) -> str:
    """`text` cut to what fits on one line of the small font, with an ellipsis when cut."""
    if sc.draw.textlength(text, font=sc.small) <= width:
        return text
    words = text.split()
    while words and sc.draw.textlength(" ".join(words) + "…", font=sc.small) > width:
        words.pop()
    return " ".join(words) + "…"


def _threads(sc: _Screen, name: str, body: list[str], when: str, likes: str) -> str:
    s, rng = sc.s, sc.rng
    left, av = round(150 * s), round(36 * s)
    handle = name.lower().replace(" ", "_").rstrip(".")
    top = sc.y
    sc.avatar(av, sc.y)
    sc.draw.text((left, sc.y), handle, font=sc.bold, fill=sc.fg)
    x = left + sc.draw.textlength(handle, font=sc.bold) + round(18 * s)
    sc.draw.text((round(x), sc.y), when, font=sc.text, fill=sc.muted)
    sc.draw.text((sc.w - round(90 * s), sc.y), "\u00b7\u00b7\u00b7", font=sc.bold, fill=sc.muted)
    sc.y += sc.line_h
    sc.lines(left, body, sc.text, sc.fg)
    sc.y += round(10 * s)
    counts = [likes if rng.random() < 0.7 else "", str(rng.randrange(1, 40)) if rng.random() < 0.5 else ""]
    row = f"\u2661 {counts[0]}    \u25cb {counts[1]}    \u21bb    \u27a4".replace("  ", " ")
    sc.draw.text((left, sc.y), row, font=sc.symbols, fill=sc.muted)
    sc.y += sc.line_h
    line_x = av + round(40 * s)
    sc.draw.line([line_x, top + round(90 * s), line_x, sc.y - round(10 * s)], fill=sc.muted, width=max(2, round(3 * s)))
    return handle


def _bubble(sc: _Screen, platform: str, name: str, body: list[str], quote: str | None) -> str:
    s, rng = sc.s, sc.rng
    left, av = round(150 * s), round(36 * s)
    width = sc.w - left - round(170 * s)
    pad = round(24 * s)
    group = platform == "wa_group"
    drawn = f"~ {name}" if group else name
    forwarded = group and rng.random() < 0.6
    rows = len(body) + 2 + int(forwarded) + (2 if quote else 0)
    height = pad * 2 + sc.line_h * rows + (round(20 * s) if quote else 0)
    sc.avatar(av, sc.y)
    sc.draw.rounded_rectangle([left - pad, sc.y, left + width + pad, sc.y + height], radius=round(30 * s),
                              fill=sc.bubble)
    sc.y += pad
    colour = _GREEN[0] if sc.dark else _GREEN[1]
    sc.draw.text((left, sc.y), drawn, font=sc.bold, fill=colour)
    if group:
        phone = f"+62 8{rng.randrange(11, 99)}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"
        sc.draw.text((left + width - sc.draw.textlength(phone, font=sc.small), sc.y + round(6 * s)), phone,
                     font=sc.small, fill=sc.muted)
    sc.y += sc.line_h
    if forwarded:
        label = rng.choice(["\u21aa Diteruskan", "\u00bb Diteruskan berkali-kali", "\u21aa Forwarded"])
        sc.lines(left, [label], sc.small, sc.muted)
    if quote is not None:
        box_top = sc.y
        shade = tuple(max(0, c - 14) if not sc.dark else min(255, c + 14) for c in sc.bubble)
        box = [left - round(8 * s), box_top, left + width, box_top + sc.line_h * 2 + round(16 * s)]
        sc.draw.rounded_rectangle(box, radius=round(12 * s), fill=shade)
        bar = _PURPLE[0] if sc.dark else _PURPLE[1]
        sc.draw.rectangle([box[0], box[1], box[0] + round(8 * s), box[3]], fill=bar)
        who = rng.choice(["Anda", "Humas Kota", "Pak RT", "~ Warga"])
        sc.draw.text((left + round(20 * s), box_top + round(8 * s)), who, font=sc.small, fill=bar)
        sc.draw.text((left + round(20 * s), box_top + round(8 * s) + sc.line_h),
                     one_line(sc, quote, width - round(40 * s)), font=sc.small, fill=sc.muted)
        sc.y = box[3] + round(20 * s)
    sc.lines(left, body, sc.text, sc.fg)
    stamp = f"{rng.randrange(6, 23):02d}.{rng.randrange(60):02d}"
    sc.draw.text((left + width - sc.draw.textlength(stamp, font=sc.small), sc.y), stamp, font=sc.small, fill=sc.muted)
    sc.y += sc.line_h + pad
    return name


def draw_fresh(sc: _Screen, platform: str, name: str, body: list[str], when: str, likes: str,
               quote: str | None) -> str:
    """Draw one comment in a fresh layout; the pen ends below it. Returns the commenter's name as drawn
    (a WhatsApp group's "~ " mark left out)."""
    drawn = _threads(sc, name, body, when, likes) if platform == "threads" else _bubble(sc, platform, name, body,
                                                                                        quote)
    sc.y += round(50 * sc.s)
    return drawn
