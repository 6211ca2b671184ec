"""The fonts cards are drawn with: installed by a package manager, never downloaded.

First choice is DejaVu Sans from Debian's `fonts-dejavu-core` (DejaVu fonts licence, derived from
the Bitstream Vera licence: free to use, embed and redistribute). Without it, the font Pillow
itself ships (Pillow >= 10.1, `ImageFont.load_default(size=...)`: Aileron Regular, CC0) draws both
weights, and `font_status()` says so, for `humasbot doctor`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")
REGULAR = "DejaVuSans.ttf"
BOLD = "DejaVuSans-Bold.ttf"


def _path(name: str) -> Path | None:
    path = DEJAVU_DIR / name
    return path if path.is_file() else None


@lru_cache(maxsize=256)
def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """DejaVu Sans (bold or regular) at `size` px; Pillow's own font when DejaVu is not installed."""
    path = _path(BOLD if bold else REGULAR)
    if path is not None:
        return ImageFont.truetype(str(path), size)
    fallback = ImageFont.load_default(size=size)
    if not isinstance(fallback, ImageFont.FreeTypeFont):  # Pillow built without FreeType
        raise RuntimeError("Pillow tanpa FreeType tidak bisa menggambar infografis.")
    return fallback


def font_status() -> tuple[bool, str]:
    """Whether the card font is installed, and a line (Indonesian) for the doctor."""
    missing = [name for name in (REGULAR, BOLD) if _path(name) is None]
    if not missing:
        return True, f"DejaVu Sans ({DEJAVU_DIR})"
    return False, (f"Huruf DejaVu tidak ditemukan di {DEJAVU_DIR} ({', '.join(missing)}); infografis memakai huruf "
                   "bawaan Pillow. Pasang paket Debian fonts-dejavu-core.")
