"""Card colours and the WCAG 2.x contrast they must meet.

Every text colour is checked against the colour it is drawn on (relative luminance and contrast
ratio as WCAG 2.2 defines them, https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio). A pair below AA
(4.5:1) is corrected: the text colour is darkened or lightened step by step towards black or
white, whichever reaches the ratio, so the institution's hue survives where it can. Against any
background one of black and white reaches at least 4.58:1, so correction always succeeds; a caller
that wants the colours exactly as given asks with `fix=False` and gets a refusal instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

from bot.core.models import Profile
from bot.errors import BadInput

#: WCAG AA for normal text.
AA = 4.5
_HEX = re.compile(r"^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")
BLACK = "#000000"
WHITE = "#FFFFFF"

RGB = tuple[int, int, int]


@dataclass(frozen=True)
class Palette:
    """The colours of a card: a primary band (and icon discs), an accent for rules, the body text on
    the background, the text drawn on the band, and headings (the primary colour, made readable on
    the background when it is not)."""

    primary: str = "#0B4F8A"
    accent: str = "#F2A900"
    text: str = "#1B1F24"
    background: str = "#FFFFFF"
    on_primary: str = "#FFFFFF"
    heading: str = "#0B4F8A"

    #: (text field, background field, Indonesian name of the text) of every pair drawn.
    PAIRS = (("text", "background", "teks"), ("on_primary", "primary", "teks di pita utama"),
             ("heading", "background", "judul"))

    def rgb(self, name: str) -> RGB:
        return parse_hex(getattr(self, name))


DEFAULT = Palette()


def parse_hex(value: str) -> RGB:
    """'#0B4F8A', '0b4f8a' or '#fa0' as an RGB triple; anything else is refused in Indonesian."""
    m = _HEX.match(value.strip()) if isinstance(value, str) else None
    if not m:
        raise BadInput(f"Warna '{value}' tidak dikenali. Tulis kode heksadesimal, misalnya #0B4F8A.")
    digits = m.group(1)
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def to_hex(rgb: RGB) -> str:
    return "#{:02X}{:02X}{:02X}".format(*rgb)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str | RGB) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""
    r, g, b = parse_hex(colour) if isinstance(colour, str) else colour
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str | RGB, b: str | RGB) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _mix(rgb: RGB, target: RGB, t: float) -> RGB:
    r, g, b = (round(c + (d - c) * t) for c, d in zip(rgb, target, strict=True))
    return r, g, b


def readable_on(colour: str, background: str, ratio: float = AA) -> str:
    """`colour` itself when it reaches `ratio` on `background`; else the least change of it towards
    black or white that does (the direction that can reach it, the darker first on a light ground)."""
    fg, bg = parse_hex(colour), parse_hex(background)
    if contrast(fg, bg) >= ratio:
        return to_hex(fg)
    ends = (parse_hex(BLACK), parse_hex(WHITE))
    if luminance(bg) < 0.18:
        ends = ends[::-1]
    for end in ends:
        if contrast(end, bg) < ratio:
            continue
        for step in range(1, 21):
            mixed = _mix(fg, end, step / 20)
            if contrast(mixed, bg) >= ratio:
                return to_hex(mixed)
    return BLACK if contrast(BLACK, bg) >= contrast(WHITE, bg) else WHITE


def ensure_contrast(palette: Palette, *, fix: bool = True) -> tuple[Palette, list[str]]:
    """The palette with every text pair at WCAG AA, and an Indonesian note per colour changed.

    With `fix=False` a failing pair is refused (BadInput naming the pair and its ratio)."""
    for f in fields(palette):
        parse_hex(getattr(palette, f.name))  # a malformed colour is refused either way
    notes: list[str] = []
    for fg_name, bg_name, what in Palette.PAIRS:
        fg, bg = getattr(palette, fg_name), getattr(palette, bg_name)
        ratio = contrast(fg, bg)
        if ratio >= AA:
            continue
        if not fix:
            raise BadInput(f"Kontras {what} ({fg}) di atas {bg} hanya {ratio:.2f}:1; minimal {AA}:1 (WCAG AA). "
                           "Pilih warna yang lebih gelap atau lebih terang.")
        new = readable_on(fg, bg)
        notes.append(f"Warna {what} diubah dari {to_hex(parse_hex(fg))} ke {new} agar terbaca "
                     f"(kontras {ratio:.2f}:1 menjadi {contrast(new, bg):.2f}:1).")
        palette = replace(palette, **{fg_name: new})
    return palette, notes


def palette_for(profile: Profile | None) -> tuple[Palette, list[str]]:
    """The profile's card colours over the default palette, made readable (see `ensure_contrast`).

    The band's text is white or black, whichever reads better on the institution's primary colour."""
    if profile is None:
        return DEFAULT, []
    chosen = {name: value for name, value in (("primary", profile.card_primary), ("accent", profile.card_accent),
                                              ("text", profile.card_text)) if value}
    palette = replace(DEFAULT, **chosen)
    on_primary = WHITE if contrast(WHITE, palette.primary) >= contrast(BLACK, palette.primary) else BLACK
    return ensure_contrast(replace(palette, on_primary=on_primary, heading=palette.primary))
