"""Cards: contrast enforced, logos validated, facts from the draft only, the CLI."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from bot.cards import load_logo, make_cards
from bot.cards.palette import AA, DEFAULT, Palette, contrast, ensure_contrast, luminance, palette_for
from bot.cli import main
from bot.core.fact_check import check_facts
from bot.core.models import Profile
from bot.errors import BadInput

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "draft_rapat_vaksinasi.txt"
PROFILE = Profile(name="Dinas Kesehatan Kota Sukamakmur", handle="dinkes.sukamakmur", hashtags=["#SukamakmurSehat"])
#: The profile's fields as fact sources, the handle as an account is written ("@dinkes.sukamakmur":
#: the fact scanner reads "@dinkes" as the account when the dotted handle is given without its "@").
SOURCES = [*PROFILE.fact_sources(), "@dinkes.sukamakmur"]


def _png(mode: str, size: tuple[int, int], colour: tuple[int, ...]) -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


# --- contrast -----------------------------------------------------------------------------

def test_wcag_luminance_and_ratio_match_the_definition() -> None:
    assert luminance("#000000") == 0 and luminance("#FFFFFF") == pytest.approx(1)
    assert contrast("#000", "#fff") == pytest.approx(21)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # the classic just-failing grey


def test_default_palette_meets_aa_on_every_pair() -> None:
    fixed, notes = ensure_contrast(DEFAULT)
    assert fixed == DEFAULT and notes == []


@pytest.mark.parametrize("primary", ["#FFD700", "#87CEEB", "#FFFFFF", "#777777", "#0B4F8A", "#000000"])
def test_a_failing_palette_is_corrected_to_aa(primary: str) -> None:
    palette, notes = palette_for(Profile(card_primary=primary, card_text="#BBBBBB"))
    for fg, bg, _ in Palette.PAIRS:
        assert contrast(getattr(palette, fg), getattr(palette, bg)) >= AA
    assert palette.primary == primary  # the band keeps the institution's colour; the text adapts
    assert any("teks" in note for note in notes)  # the light grey text was changed, and the officer told


def test_a_failing_pair_is_refused_when_correction_is_not_wanted() -> None:
    with pytest.raises(BadInput, match="Kontras"):
        ensure_contrast(Palette(text="#AAAAAA"), fix=False)


def test_a_malformed_colour_is_refused_in_indonesian() -> None:
    with pytest.raises(BadInput, match="heksadesimal"):
        palette_for(Profile(card_primary="biru"))


# --- logo ---------------------------------------------------------------------------------

def test_transparent_png_logo_keeps_its_alpha() -> None:
    data = load_logo(_png("RGBA", (200, 100), (200, 0, 0, 0)))
    with Image.open(io.BytesIO(data)) as image:
        assert image.mode == "RGBA" and image.getpixel((10, 10))[3] == 0


def test_logo_that_is_no_image_is_refused() -> None:
    with pytest.raises(BadInput, match="bukan gambar"):
        load_logo(b"%PDF-1.4 not an image at all")


def test_logo_too_large_in_bytes_or_pixels_is_refused() -> None:
    with pytest.raises(BadInput, match="2 MB"):
        load_logo(b"\x89PNG" + b"0" * 2_100_000)
    with pytest.raises(BadInput, match="2000"):
        load_logo(_png("RGB", (2400, 100), (0, 0, 0)))


def test_logo_is_pasted_with_transparency_inside_the_band() -> None:
    logo = load_logo(_png("RGBA", (300, 300), (255, 0, 0, 0)))
    cards = make_cards(EXAMPLE.read_text(encoding="utf-8"), PROFILE, "square", logo)
    slide = cards.slides[0]
    assert slide.layout.logo is not None
    with Image.open(io.BytesIO(slide.png)) as image:
        box = slide.layout.logo
        centre = image.getpixel(((box.left + box.right) // 2, (box.top + box.bottom) // 2))
        assert centre == Image.new("RGB", (1, 1), cards.palette.primary).getpixel((0, 0))  # see-through


# --- the cards ----------------------------------------------------------------------------

@pytest.mark.parametrize("size,dims", [("feed", (1080, 1350)), ("square", (1080, 1080)), ("story", (1080, 1920))])
def test_example_draft_gives_a_carousel_of_real_pngs(size: str, dims: tuple[int, int]) -> None:
    draft = EXAMPLE.read_text(encoding="utf-8")
    cards = make_cards(draft, PROFILE, size)
    assert 3 <= len(cards.slides) <= 10
    for slide in cards.slides:
        with Image.open(io.BytesIO(slide.png)) as image:
            assert image.format == "PNG" and image.size == dims
        assert slide.alt_text.startswith("Infografis Dinas Kesehatan Kota Sukamakmur")
    drawn = cards.drawn_text()
    for fact in ("21–22 Maret 2026", "08.00–14.00 WIB", "Gratis", "1.500 orang", "0274-555-0142"):
        assert fact in drawn
    assert "Menghimbau" not in drawn and "Cendana" not in drawn  # the meeting's own room is no fact for citizens
    assert check_facts(drawn, [draft, *SOURCES]).ok


def test_every_number_drawn_comes_from_the_draft() -> None:
    """The shared fact check catches a number the draft does not have (the test can fail)."""
    draft = EXAMPLE.read_text(encoding="utf-8")
    drawn = make_cards(draft, PROFILE).drawn_text()
    assert check_facts(drawn, [draft, *SOURCES]).ok
    assert not check_facts(drawn.replace("1.500", "2.500"), [draft, *SOURCES]).ok


def test_a_short_draft_gives_one_card_with_everything() -> None:
    draft = "Pasar murah digelar Sabtu, 14 Juni 2025 pukul 07.30 WIB di Lapangan Desa Sukamaju. Gratis."
    cards = make_cards(draft, PROFILE, "feed")
    assert len(cards.slides) == 1
    roles = {t.role for t in cards.slides[0].texts}
    assert {"hook", "label", "value", "cta", "handle"} <= roles
    assert "14 Juni 2025" in cards.drawn_text()


def test_alt_text_says_the_facts_of_its_slide() -> None:
    cards = make_cards(EXAMPLE.read_text(encoding="utf-8"), PROFILE)
    for index, slide in enumerate(cards.slides):
        assert f"halaman {index + 1} dari {len(cards.slides)}" in slide.alt_text
        for item in slide.layout.items:
            assert f"{item.label}: {item.value}" in slide.alt_text


def test_bad_input_is_refused_in_indonesian() -> None:
    with pytest.raises(BadInput, match="kosong"):
        make_cards("   ", PROFILE)
    with pytest.raises(BadInput, match="Ukuran kartu"):
        make_cards("Pasar murah digelar Sabtu.", PROFILE, "poster")


# --- CLI ----------------------------------------------------------------------------------

@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("HUMASBOT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HUMASBOT_INSTITUTION_NAME", "Pemerintah Kota Sukamakmur")
    monkeypatch.setenv("HUMASBOT_INSTITUTION_HANDLE", "pemkotsukamakmur")
    return tmp_path


def test_cli_card_writes_pngs_and_prints_alt_texts(cli_env: Path) -> None:
    out = cli_env / "kartu"
    result = CliRunner().invoke(main, ["card", str(EXAMPLE), "--out", str(out), "--size", "story", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["size"] == "story" and payload["height"] == 1920
    for slide in payload["slides"]:
        assert Path(slide["path"]).is_file() and slide["alt_text"].startswith("Infografis Pemerintah Kota Sukamakmur")
    assert "@pemkotsukamakmur" in " ".join(line for s in payload["slides"] for line in s["lines"])


def test_cli_card_reads_stdin_and_prints_paths(cli_env: Path) -> None:
    out = cli_env / "kartu"
    result = CliRunner().invoke(main, ["card", "-", "--out", str(out)], input="Pasar murah digelar Sabtu, 14 Juni "
                                "2025 di Lapangan Desa Sukamaju. Gratis.")
    assert result.exit_code == 0, result.output
    assert "kartu-01-feed.png" in result.output and "Teks alternatif:" in result.output


def test_cli_card_refuses_a_bad_logo_and_a_bad_size(cli_env: Path) -> None:
    bad = cli_env / "logo.png"
    bad.write_bytes(b"not an image")
    result = CliRunner().invoke(main, ["card", str(EXAMPLE), "--out", str(cli_env), "--logo", str(bad), "--json"])
    assert result.exit_code == 2 and "bukan gambar" in json.loads(result.stdout)["error"]
    result = CliRunner().invoke(main, ["card", str(EXAMPLE), "--out", str(cli_env), "--size", "poster"])
    assert result.exit_code == 2


def test_without_dejavu_the_cards_fall_back_to_pillows_font_and_say_so(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.cards import fonts

    monkeypatch.setattr(fonts, "DEJAVU_DIR", Path("/nonexistent-fonts"))
    fonts.font.cache_clear()
    try:
        ok, detail = fonts.font_status()
        assert not ok and "fonts-dejavu-core" in detail
        cards = make_cards("Pasar murah digelar Sabtu, 14 Juni 2025 di Lapangan Desa Sukamaju. Gratis.", PROFILE)
        assert fonts.font(40).getname()[0] == "Aileron" and len(cards.slides) == 1
    finally:
        fonts.font.cache_clear()


def test_a_long_hook_becomes_a_title_and_a_subtitle_between_clauses() -> None:
    from bot.cards.plan import TITLE_CHARS, _title

    rest = "untuk petani padi di empat kecamatan mulai pekan depan."
    title, subtitle = _title(f"Sekolah Lapang Iklim gratis dan dibuka {rest}")
    assert (title, subtitle) == ("Sekolah Lapang Iklim gratis", f"Dibuka {rest}")
    short = "Cek kesehatan gratis di puskesmas"
    assert _title(short) == (short, "")
    unsplittable = "Warga kini dapat mengurus akta kelahiran anak langsung di rumah sakit tempat persalinan tanpa antre"
    assert len(unsplittable) > TITLE_CHARS and _title(unsplittable) == (unsplittable, "")
