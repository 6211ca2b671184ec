"""Post classes fixed in round 10i (issue 11), read as an officer reads the posts of the ext21 drafts
(written and annotated before any post was read) and of drafts written for the test:
- a hotline's note in brackets ("112 (24 jam, gratis)") stays whole, in its brackets, and a free call is
  no "Biaya: Gratis" line;
- an amount is a fee ("Biaya") when its fee word opens a longer subject ("biaya pemasangan ... hanya
  Rp850.000"); a market's price list stays "Harga";
- a price list keeps every item with its name, none left as a stray sentence; a cap keeps its "per KTP";
- X: an emergency's first post carries the number to call; a long lead is cut before a purpose phrase
  or one addressed to citizens at large, never before the phrase that says what is offered or whom it
  is limited to.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks import quality_metrics as qm
from bot.core.final_checks import finish_rewrite
from bot.core.models import RewriteRequest
from bot.core.platforms import SPECS, post_length
from bot.core.reading import Slot, read_draft
from bot.offline.engine import OfflineEngine
from bot.offline.post_plan import FactLine, plan_post
from bot.offline.post_text import balance
from bot.offline.post_x import X_LEAD_CHARS, phrase_cuts

EXTRA = Path(__file__).parent / "data" / "quality" / "drafts_extra"
PLATFORMS = ["instagram", "facebook", "x", "tiktok", "whatsapp"]


def body(stem: str) -> str:
    return qm.read_draft(next(EXTRA.glob(f"{stem}*.md"))).body


def posts(draft: str) -> dict[str, str]:
    request = RewriteRequest(draft=draft, platforms=PLATFORMS)
    result = finish_rewrite(request, OfflineEngine().rewrite(request))
    assert result.fact_check is not None and result.fact_check.ok, result.fact_check
    return {p.platform: p.whole_text for p in result.posts}


def x_first(draft: str) -> str:
    request = RewriteRequest(draft=draft, platforms=["x"])
    return finish_rewrite(request, OfflineEngine().rewrite(request)).posts[0].text


def lines(draft: str) -> list[FactLine]:
    return list(plan_post(read_draft(draft)).lines)


def line_of(draft: str, slot: Slot) -> FactLine | None:
    return next((line for line in lines(draft) if line.slot == slot), None)


# ---------------------------------------------------------------- a hotline's note, and no free-call fee

LANDSLIDE = (
    "Longsor menutup ruas jalan Desa Waiheru sejak Senin (9/2/2026) pagi. Tiga rumah tertimbun dan 45 jiwa "
    "mengungsi ke Gereja Bethel Waiheru dan Balai Desa Waiheru. Dapur umum di kedua posko menyediakan makan "
    "tiga kali sehari. Warga yang melihat retakan tanah baru diminta segera menghubungi Pusdalops BPBD Kota "
    "Ambon di 0911-312-112 (24 jam, gratis)."
)


def test_balance_closes_a_short_note_left_open_but_not_a_date() -> None:
    assert balance("hubungi 0852-9911-4400 (24 jam, gratis") == "hubungi 0852-9911-4400 (24 jam, gratis)"
    assert balance("Rabu (4/6/2025") == "Rabu 4/6/2025"
    assert balance("di Aula (lantai 2)") == "di Aula (lantai 2)"


def test_a_hotline_note_stays_whole_on_every_platform() -> None:
    for stem, number in (("ext21-01", "0852-9911-4400"), ("", "0911-312-112")):
        texts = posts(body(stem) if stem else LANDSLIDE)
        for platform, text in texts.items():
            assert f"{number} 24 jam" not in text, platform
            if platform != "x":
                assert f"{number} (24 jam, gratis)" in text, (platform, text)


def test_a_free_call_is_no_fee_line() -> None:
    for draft in (body("ext21-01"), body("ext18-04"), LANDSLIDE):
        assert line_of(draft, Slot.COST) is None
        for platform, text in posts(draft).items():
            assert "💰" not in text, (platform, text)


def test_a_fee_stated_plainly_still_shows() -> None:
    draft = ("Pemeriksaan mata gratis digelar di Puskesmas Kota Lama, Sabtu (14/3/2026) pukul 08.00 WITA. "
             "Warga cukup membawa KTP. Informasi di 0812-3456-7890.")
    cost = line_of(draft, Slot.COST)
    assert cost is not None and cost.value == "Gratis"


# ---------------------------------------------------------------- fee or price

def test_an_amount_whose_fee_word_opens_a_long_subject_is_a_fee() -> None:
    cost = line_of(body("ext21-04"), Slot.COST)
    assert cost is not None and cost.label == "Biaya" and "Rp850.000" in cost.value


def test_a_market_price_list_is_whole_with_each_name_and_labelled_price() -> None:
    draft = body("ext21-03")
    cost = line_of(draft, Slot.COST)
    assert cost is not None and cost.label == "Harga"
    items = cost.value.split("; ")
    assert len(items) == 5 and all(item.split(" Rp")[0].strip() for item in items)
    assert "Bawang merah Rp30.000 per kg" in cost.value
    for platform, text in posts(draft).items():
        stray = [row for row in text.split("\n") if row.startswith(("Bawang merah", "▪️ Bawang merah"))]
        assert not stray, (platform, stray)


def test_a_price_list_written_for_the_test_keeps_its_last_items() -> None:
    draft = ("Pasar murah Pemkot Palu digelar Jumat (20/3/2026) pukul 07.00 WITA di Lapangan Vatulemo.\n\n"
             "Harga:\n- Beras medium Rp60.000 per 5 kg\n- Minyak goreng Rp14.000 per liter\n- Gula Rp15.000 per kg\n"
             "- Tepung terigu Rp9.000 per kg\n- Cabai rawit Rp35.000 per kg\n- Ikan cakalang Rp25.000 per ekor\n\n"
             "Pembeli wajib membawa KTP.")
    cost = line_of(draft, Slot.COST)
    assert cost is not None
    assert "Cabai rawit Rp35.000 per kg" in cost.value and "Ikan cakalang Rp25.000 per ekor" in cost.value


def test_a_cap_keeps_what_it_is_counted_by() -> None:
    quota = next(line for line in lines(body("ext21-03")) if line.slot == Slot.QUOTA)
    assert quota.label == "Batas" and quota.value.endswith("per KTP")


# ---------------------------------------------------------------- X

def test_an_emergencys_first_x_post_has_the_number_to_call() -> None:
    for draft, number in ((body("ext21-01"), "0852-9911-4400"), (LANDSLIDE, "0911-312-112")):
        text = x_first(draft)
        assert number in text and post_length("x", text) <= SPECS["x"].limit


def test_phrase_cuts_only_before_purpose_or_citizens_at_large() -> None:
    long_lead = ("Dinas Tenaga Kerja Kabupaten Contoh membuka pendaftaran pelatihan menjahit dan tata boga angkatan "
                 "II tahun 2026 bagi warga yang ingin menambah keterampilan untuk bekerja maupun membuka usaha.")
    assert len(long_lead) > X_LEAD_CHARS
    assert phrase_cuts(long_lead)[0].endswith("angkatan II tahun 2026.")
    limited = ("Badan Pendapatan Daerah Provinsi Contoh memberikan pembebasan denda Pajak Kendaraan Bermotor dan Bea "
               "Balik Nama Kendaraan Bermotor II bagi kendaraan dari luar daerah selama tiga bulan.")
    what_for = ("Pemerintah Kabupaten Contoh melalui Dinas Kependudukan dan Pencatatan Sipil membuka layanan darurat "
                "untuk mengganti dokumen kependudukan warga yang hilang atau rusak terbawa banjir.")
    assert phrase_cuts(limited) == [] and phrase_cuts(what_for) == []
    assert phrase_cuts("Pasar murah digelar bagi warga di Kecamatan Palu Barat.") == []  # short: as it is


def test_a_long_lead_leaves_room_for_when_on_x() -> None:
    text = x_first(body("ext16-03"))
    assert "📅" in text and "angkatan I tahun 2026." in text and post_length("x", text) <= SPECS["x"].limit
