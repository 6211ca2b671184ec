"""Where a venue stands (issue 11, round 18f): a line labelled as the place ("Tempat:", "Lokasi kegiatan:") names
it whatever its first word, and a place after a capitalised "Di" (an answer, a sentence's start) is read as after
"di". Each draft here is written for the test."""

from __future__ import annotations

import pytest

from bot.core.reading import Slot, read_draft


@pytest.mark.parametrize(("draft", "place"), [
    ("Donor darah massal.\n3. Tempat: Atrium WTC Batanghari, Jalan Sultan Thaha, Kota Jambi.\n4. Syarat: KTP.",
     "Atrium WTC Batanghari, Jalan Sultan Thaha, Kota Jambi"),
    ("Pameran UMKM digelar pekan depan.\n📍 Lokasi kegiatan: Rooftop Plaza Andalas, Jalan Sudirman\nGratis.",
     "Rooftop Plaza Andalas, Jalan Sudirman"),
    ("Vaksinasi rabies keliling.\nLokasi : Lobi Utama Balaikota Contoh\nWaktu: Sabtu (5/12/2026).",
     "Lobi Utama Balaikota Contoh"),
], ids=["numbered-tempat", "emoji-lokasi-kegiatan", "spaced-colon"])
def test_a_line_labelled_as_the_place_is_the_where(draft: str, place: str) -> None:
    assert place in [f.text for f in read_draft(draft).of(Slot.WHERE)]


@pytest.mark.parametrize(("draft", "place"), [
    ("T: Di mana?\nJ: Di Mal Pelayanan Publik Tenggarong, Jalan Wolter Monginsidi.", "Mal Pelayanan Publik Tenggarong"),
    ("Layanan SIM keliling dibuka Sabtu (5/12/2026). Di Gedung Pemuda Contoh, warga cukup membawa KTP.",
     "Gedung Pemuda Contoh"),
], ids=["answer", "sentence-start"])
def test_a_place_after_a_capitalised_di_is_the_where(draft: str, place: str) -> None:
    assert any(f.text.startswith(place) for f in read_draft(draft).of(Slot.WHERE))
