"""The institution's logo: checked once when an admin sends it, pasted into each card's band.

`load_logo` accepts a real PNG, JPEG or WebP image within the size limits and returns it as PNG
bytes, transparency kept, ready to be stored in the data folder. The dimensions are read from the
header before any pixel is decoded, so a decompression bomb is refused without being unpacked.
"""

from __future__ import annotations

import io
from functools import lru_cache

from PIL import Image, UnidentifiedImageError

from bot.cards.layout import Box
from bot.errors import BadInput

MAX_LOGO_BYTES = 2_000_000
MAX_LOGO_SIDE = 2000
MIN_LOGO_SIDE = 16
FORMATS = ("PNG", "JPEG", "WEBP")


def load_logo(data: bytes) -> bytes:
    """The logo as PNG bytes (RGBA when it has transparency), or BadInput in Indonesian."""
    if not data:
        raise BadInput("Berkas logo kosong. Kirim gambar PNG (sebaiknya berlatar transparan) atau JPG.")
    if len(data) > MAX_LOGO_BYTES:
        raise BadInput(f"Logo terlalu besar ({len(data) / 1_000_000:.1f} MB); batasnya 2 MB. Perkecil gambarnya.")
    try:
        with Image.open(io.BytesIO(data)) as probe:
            kind, (width, height) = probe.format, probe.size
            probe.verify()
        if kind not in FORMATS:
            raise BadInput(f"Format logo {kind} tidak didukung. Kirim PNG, JPG, atau WebP.")
        if max(width, height) > MAX_LOGO_SIDE or min(width, height) < MIN_LOGO_SIDE:
            raise BadInput(f"Ukuran logo {width}x{height} piksel; sisi logo harus {MIN_LOGO_SIDE}–{MAX_LOGO_SIDE} "
                           "piksel.")
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            transparent = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
            out = image.convert("RGBA" if transparent else "RGB")
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError) as err:
        raise BadInput("Berkas logo bukan gambar yang bisa dibaca. Kirim PNG, JPG, atau WebP.") from err
    buffer = io.BytesIO()
    out.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


@lru_cache(maxsize=8)
def _scaled(data: bytes, width: int, height: int) -> Image.Image:
    image = Image.open(io.BytesIO(data)).convert("RGBA")
    image.thumbnail((width, height), Image.Resampling.LANCZOS)
    return image


def paste_logo(canvas: Image.Image, data: bytes, box: Box) -> Box:
    """The logo scaled to fit `box` (aspect kept, centred), alpha kept; returns where it went."""
    image = _scaled(data, box.width, box.height)
    x = box.left + (box.width - image.width) // 2
    y = box.top + (box.height - image.height) // 2
    canvas.paste(image, (x, y), image)
    return Box(x, y, x + image.width, y + image.height)
