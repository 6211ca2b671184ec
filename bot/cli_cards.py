"""`humasbot card`: a draft's infographic cards as PNG files, with their alt texts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from bot.cards.cards import make_cards
from bot.cards.logo import load_logo
from bot.cards.slides import SIZES
from bot.cli_input import emit, read_source, user_errors
from bot.core.models import Profile
from bot.errors import BadInput
from bot.settings import Settings


def card_profile(settings: Settings) -> Profile:
    """The institution from the settings: name, account, hashtags, tone and card colours."""
    return Profile(name=settings.institution_name, handle=settings.institution_handle,
                   hashtags=list(settings.default_hashtags), tone=settings.default_tone,
                   card_primary=settings.card_primary or None, card_accent=settings.card_accent or None,
                   card_text=settings.card_text or None)


def _read_logo(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            return load_logo(stream.read(2_000_001))
    except OSError as err:
        raise BadInput(f"Logo '{path}' tidak bisa dibaca ({err.strerror}).") from err


def _write(out: Path, name: str, data: bytes) -> Path:
    path = out / name
    try:
        out.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as err:
        raise BadInput(f"Tidak bisa menulis ke '{out}' ({err.strerror}). Pilih folder lain dengan --out.") from err
    return path


@click.command()
@click.argument("source", default="-", metavar="[FILE|-]")
@click.option("--out", "out", type=click.Path(path_type=Path, file_okay=False), required=True,
              help="Folder tujuan berkas PNG.")
@click.option("--size", type=click.Choice(list(SIZES)), default="feed", show_default=True,
              help="feed 1080x1350, square 1080x1080, story 1080x1920.")
@click.option("--logo", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Logo instansi (PNG transparan, JPG, atau WebP; maks. 2 MB, sisi maks. 2000 piksel).")
@click.option("--json", "as_json", is_flag=True, help="Cetak satu objek JSON.")
@click.pass_obj
@user_errors
def card(obj: Any, source: str, out: Path, size: str, logo: Path | None, as_json: bool) -> None:
    """Buat infografis (PNG) dari draf: sampul, fakta kunci, dan ajakan; dengan teks alternatif."""
    settings = obj.settings
    draft = read_source(source, settings.max_input_chars)
    image = _read_logo(logo) if logo else None
    cards = make_cards(draft, card_profile(settings), size, image, max_chars=settings.max_input_chars)
    paths = [_write(out, f"kartu-{i + 1:02d}-{size}.png", slide.png) for i, slide in enumerate(cards.slides)]
    payload = {
        "size": size, "width": cards.width, "height": cards.height,
        "slides": [{"path": str(path), "alt_text": slide.alt_text, "lines": slide.lines}
                   for path, slide in zip(paths, cards.slides, strict=True)],
        "notes": cards.notes,
    }
    lines = [f"{path}\n  Teks alternatif: {slide.alt_text}" for path, slide in zip(paths, cards.slides, strict=True)]
    lines += [f"Catatan: {note}" for note in cards.notes]
    emit(as_json, payload, "\n".join(lines))
