"""Opening an uploaded image safely and preparing it for Tesseract.

Opened from memory only (never written by us). Checked before decoding: the byte size against
`max_image_bytes`, the format, and the pixel count (a small file can declare a huge canvas).
Prepared the way Tesseract reads best: grey, dark text on light (dark mode inverted, decided by
the median luminance), blank margins cropped.
"""

from __future__ import annotations

import io
import warnings

import numpy as np
from PIL import Image, ImageFilter, ImageOps, ImageStat, UnidentifiedImageError

from bot.errors import BadInput
from bot.settings import Settings

#: 40 megapixels: a 12 MP phone photo and a 1440x3200 screenshot fit with room; more is a bomb.
MAX_PIXELS = 40_000_000
FORMATS = ("PNG", "JPEG", "WEBP", "GIF", "BMP", "TIFF")
#: Below this median luminance (0-255) the screen is in dark mode.
DARK_MEDIAN = 110


def open_image(data: bytes, settings: Settings) -> Image.Image:
    """The decoded image (EXIF orientation applied), or BadInput with the reason in Indonesian."""
    if not data:
        raise BadInput("Gambar kosong: tidak ada data yang diterima.")
    if len(data) > settings.max_image_bytes:
        limit = settings.max_image_bytes / 1_000_000
        raise BadInput(f"Gambar terlalu besar ({len(data) / 1_000_000:.1f} MB); batasnya {limit:g} MB. "
                       "Kirim tangkapan layar atau foto yang lebih kecil.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=FORMATS)
            if image.width * image.height > MAX_PIXELS:
                raise BadInput(_too_many(image.width, image.height))
            image.load()
            return ImageOps.exif_transpose(image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as err:
        raise BadInput(_too_many(0, 0)) from err
    except UnidentifiedImageError as err:
        raise BadInput("Berkas ini bukan gambar yang bisa dibaca (didukung: JPG, PNG, WebP, GIF, BMP, TIFF).") from err
    except (OSError, SyntaxError, ValueError, EOFError) as err:
        raise BadInput("Gambar rusak atau terpotong, tidak bisa dibuka. Kirim ulang gambarnya.") from err


def _too_many(width: int, height: int) -> str:
    size = f" ({width}x{height} piksel)" if width else ""
    return (f"Ukuran gambar terlalu besar{size}; batasnya {MAX_PIXELS // 1_000_000} megapiksel. "
            "Kirim tangkapan layar biasa atau foto dengan resolusi lebih kecil.")


def to_grey(image: Image.Image) -> tuple[Image.Image, bool]:
    """Grey, dark text on a light background; True when the image was in dark mode (inverted)."""
    if image.mode in ("RGBA", "LA", "P", "PA"):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        image = flat
    grey = image.convert("L")
    dark = ImageStat.Stat(grey).median[0] < DARK_MEDIAN
    grey = ImageOps.invert(grey) if dark else grey
    return grey.point(_LEVELS), dark


#: Light greys become white: Tesseract takes a grey message bubble (a dark-mode bubble inverted)
#: for a picture and skips the words inside it. Below the cut the greys are darkened (a square
#: curve): an app's muted grey (a TikTok name, a WhatsApp sender's green, a time stamp) comes out
#: near 100 instead of 160, which Tesseract's binarisation otherwise drops with the background.
_WHITE_FROM = 185
_LEVELS = [255 if v >= _WHITE_FROM else round(255 * (v / _WHITE_FROM) ** 2) for v in range(256)]


#: Blobs are looked for at a quarter of the size: a window of 7 small pixels is 28 screen pixels,
#: wider than any letter's stroke and narrower than an avatar or a photo.
_BLOB_SCALE = 4
_BLOB_WINDOW = 7
_BLOB_DARK = 215


def without_blobs(grey: Image.Image) -> Image.Image:
    """`grey` with solid dark areas (avatars, profile pictures, a photographed page's dark border) made white.

    Tesseract reads an avatar beside a name as letters ("OC) agus_kusuma91") or drops the name
    with it. A morphological opening of the dark areas at a quarter of the size keeps only what
    is solid over a 28-pixel square, which no letter is; those areas, a little widened, go white."""
    small_size = (max(1, grey.width // _BLOB_SCALE), max(1, grey.height // _BLOB_SCALE))
    if min(small_size) < _BLOB_WINDOW * 2:
        return grey
    small = grey.resize(small_size, Image.Resampling.BOX)
    opened = small.filter(ImageFilter.MaxFilter(_BLOB_WINDOW)).filter(ImageFilter.MinFilter(_BLOB_WINDOW))
    mask = opened.point(lambda v: 255 if v < _BLOB_DARK else 0)
    if mask.getbbox() is None:
        return grey
    mask = mask.filter(ImageFilter.MaxFilter(3)).resize(grey.size, Image.Resampling.NEAREST)
    return Image.composite(Image.new("L", grey.size, 255), grey, mask)


def crop_margins(grey: Image.Image, pad: int = 12) -> tuple[Image.Image, tuple[int, int]]:
    """`grey` without its blank margins, and the offset of what was kept."""
    background = ImageStat.Stat(grey.crop((0, 0, min(grey.width, 8), min(grey.height, 8)))).median[0]
    mask = grey.point(lambda v: 255 if abs(v - background) > 40 else 0)
    box = mask.getbbox()
    if box is None:
        return grey, (0, 0)
    left, top = max(0, box[0] - pad), max(0, box[1] - pad)
    right, bottom = min(grey.width, box[2] + pad), min(grey.height, box[3] + pad)
    return grey.crop((left, top, right, bottom)), (left, top)


def scaled(grey: Image.Image, factor: float) -> Image.Image:
    if abs(factor - 1) < 0.05:
        return grey
    size = (max(1, round(grey.width * factor)), max(1, round(grey.height * factor)))
    return grey.resize(size, Image.Resampling.LANCZOS)


#: Tesseract's word boxes are about this fraction of a line's ink height (ascenders to descenders,
#: accents and the odd taller glyph included), measured on the benchmark's screenshots (0.75-0.97).
_WORD_BOX_PER_INK = 0.84


def ink_text_height(grey: Image.Image) -> float:
    """The usual height of a line of text, as Tesseract's word boxes would measure it, in a few ms.

    Rows with ink (dark text on light) form bands, one per line of text; the median band height
    says how small the text is before Tesseract reads anything, so the image is read once, at the
    right scale. 0 when there are no bands."""
    ink = np.asarray(grey) < 140
    rows = np.concatenate(([0], (ink.sum(axis=1) > 2).astype(np.int8), [0]))
    edges = np.flatnonzero(np.diff(rows))
    heights = edges[1::2] - edges[::2]
    heights = heights[heights >= 5]
    return float(np.median(heights)) * _WORD_BOX_PER_INK if len(heights) else 0.0
