"""Facts read out of running text (issue 11, round 20f): a venue named beside the time of what is held there,
whatever its first word; a venue after a meeting word that announces an event; a list whose items tell citizens
what to do, under any header. Each draft here is written for the test."""

from __future__ import annotations

import pytest

from bot.core.final_checks import finish_rewrite
from bot.core.models import RewriteRequest
from bot.core.reading import Slot, read_draft
from bot.core.reading.places import find_places
from bot.offline.engine import OfflineEngine

_HEAD = "PENGUMUMAN DINAS CONTOH\n\n"


def _places(body: str) -> list[str]:
    text = _HEAD + body
    return [text[s:e] for s, e in find_places(text)]


def _facts(draft: str, slot: Slot) -> list[str]:
    return [f.text for f in read_draft(draft).facts if f.slot == slot]


def _posts(draft: str) -> dict[str, str]:
    request = RewriteRequest(draft=draft, platforms=["instagram", "facebook", "x", "tiktok", "whatsapp"])
    result = finish_rewrite(request, OfflineEngine().rewrite(request))
    assert result.fact_check is None or result.fact_check.ok  # nothing invented
    return {p.platform: p.whole_text for p in result.posts}


@pytest.mark.parametrize(("body", "place"), [
    ("Pemkab menggelar Bazar Kopi di pelataran Benteng Oranje, Sabtu–Minggu, 5–6 Juni 2027.",
     "pelataran Benteng Oranje"),
    ("Kirab berlangsung 3 sampai 5 Mei 2027 di Tepian Danau Sentani, Kabupaten Jayapura.",
     "Tepian Danau Sentani, Kabupaten Jayapura"),
    ("Lari pagi dimulai pukul 06.00 WIB dari Tugu Adipura Kencana. Peserta diminta datang lebih awal.",
     "Tugu Adipura Kencana"),
    ("Pameran dibuka 12 Juli 2027, pukul 10.00 WITA, di area parkir Lapak Teluk, Kota Palu.",
     "area parkir Lapak Teluk, Kota Palu"),
], ids=["lowercase-lead-before-day", "unknown-head-after-date", "from-after-hour", "parking-area-and-town"])
def test_a_venue_beside_the_time_of_an_event_is_a_where(body: str, place: str) -> None:
    assert place in _places(body)


@pytest.mark.parametrize("body", [
    "Rapat digelar pada 12 Juli 2027 di Jakarta.",                # a bare region is no venue
    "Bupati Sukamaju, Senin (5/7/2027) di kantornya, menyampaikan laporan.",  # no name after "di"
    "Pada 2026 Bupati Contoh menerima penghargaan.",              # an official's title is no place
], ids=["bare-region", "no-name", "title"])
def test_no_venue_is_made_from_a_region_a_common_noun_or_a_title(body: str) -> None:
    assert _places(body) == []


def test_an_event_announced_after_a_meeting_keeps_its_venue() -> None:
    text = (_HEAD + "Usai rapat paripurna, Kepala Dinas Pariwisata menjelaskan bahwa pemerintah akan "
            "menggelar Festival Teluk pada 2 Mei 2027 di Dermaga Lama Kota Contoh.")
    assert "Dermaga Lama Kota Contoh" in [text[s:e] for s, e in find_places(text)]
    # the room of the meeting itself stays no place for citizens
    meeting = _HEAD + "Hasil itu dipaparkan dalam rapat evaluasi di Aula Kantor Bupati, Senin (3/5/2027)."
    from bot.core.reading.places import in_meeting_room
    assert in_meeting_room(meeting, meeting.index("Aula"))


_KITES = ("INFO PLN UP3 CONTOH\n\nMusim angin, musim layangan! Bulan lalu ada 21 gangguan listrik karena layangan "
          "tersangkut di kabel. PLN mengimbau warga berhati-hati. Biar aman:\n"
          "✅ Main layangan minimal 300 meter dari jaringan listrik\n"
          "✅ Jangan pakai benang kawat atau tali logam\n✅ Pilih lapangan terbuka jauh dari gardu\n\n"
          "Lapor gangguan lewat aplikasi PLN Mobile.")
_RULES = ("KETENTUAN PENDAKIAN GUNUNG CONTOH\n\nJalur pendakian dibuka kembali mulai 1 Mei 2027.\n\n"
          "Aturan pendakian:\n1. pendaki tidak boleh membawa sabun dan tisu basah;\n"
          "2. pendakian hanya boleh paling lama dua hari satu malam;\n3. seluruh sampah wajib dibawa turun.\n\n"
          "Informasi di kantor balai, telepon 0370-111222.")
_NEWS = ("PASAR MURAH KECAMATAN CONTOH\n\nPasar murah digelar Sabtu (5/6/2027). Harga yang disediakan:\n"
         "- Beras 5 kg Rp55.000\n- Gula pasir Rp15.000 per kg\n- Minyak goreng Rp14.000 per liter\n")


def test_a_list_of_dos_and_donts_under_any_header_is_how_and_kept_in_posts() -> None:
    how = _facts(_KITES, Slot.HOW)
    assert "Jangan pakai benang kawat atau tali logam" in how
    assert "Main layangan minimal 300 meter dari jaringan listrik" in how  # the whole list, not its first item
    for platform, text in _posts(_KITES).items():
        if platform != "x":
            assert "benang kawat atau tali logam" in text.lower(), platform


def test_a_list_of_rules_is_requirements_even_with_its_subject_first() -> None:
    reqs = _facts(_RULES, Slot.REQUIREMENTS)
    assert "pendaki tidak boleh membawa sabun dan tisu basah" in reqs
    assert "seluruh sampah wajib dibawa turun" in reqs


def test_a_price_list_is_no_list_of_dos() -> None:
    from bot.core.reading.appeal_steps import directive_lists
    assert list(directive_lists(_NEWS, 0)) == []
    assert list(directive_lists(_RULES, 0))  # the same reader finds the rules


def test_a_place_labelled_by_its_use_runs_to_the_sentence_end() -> None:
    places = _places("Tempat pengungsian: Masjid Nurul Iman dan Balai Desa Sukamulya. Dapur umum berdiri di sana.")
    assert "Masjid Nurul Iman dan Balai Desa Sukamulya" in places


_QUOTED_ASK = ("IMBAUAN DINAS KESEHATAN KOTA CONTOH\n\nKasus demam berdarah naik dua kali lipat bulan ini. "
               "\"Kami minta warga menguras bak mandi setiap pekan. Jangan tunggu parah, segera bawa anggota "
               "keluarga yang demam tinggi ke puskesmas terdekat,\" kata Kepala Dinas Kesehatan, dr. Rina Lestari."
               "\n\nCamat diminta mendata rumah warga yang belum dikunjungi kader.")


def test_acts_asked_of_citizens_in_a_quote_are_hows_and_tasks_of_officials_are_not() -> None:
    how = _facts(_QUOTED_ASK, Slot.HOW)
    assert any(h.startswith("menguras bak mandi setiap pekan") for h in how)
    assert any(h.startswith("segera bawa anggota keluarga yang demam tinggi ke puskesmas terdekat") for h in how)
    assert not any("mendata rumah warga" in h for h in how)  # the camat's task


def test_an_emergency_keeps_its_own_asking_sentence_whole() -> None:
    draft = ("PERINGATAN DINI\n\nGelombang tinggi 3 meter berpotensi terjadi di Laut Banda pada Kamis (7/1/2027).\n\n"
             "Nelayan dengan perahu kecil diminta tidak melaut selama masa peringatan.")
    assert not any("tidak melaut" in h for h in _facts(draft, Slot.HOW))


def test_a_warning_list_of_dos_is_shown_as_the_list_of_asks() -> None:
    from bot.offline.post_asks import find_asks

    asks = find_asks(read_draft(_KITES))
    assert asks is not None and len(asks.items) == 3
    assert "Jangan pakai benang kawat atau tali logam" in asks.items


@pytest.mark.parametrize(("draft", "cost"), [
    ("Pemutihan denda PBB berlaku 1–31 Desember 2027 di kantor Bapenda Kota Contoh. Denda dihapus seluruhnya, "
     "wajib pajak cukup membayar pokok pajaknya saja.", "cukup membayar pokok pajaknya saja"),
    ("Traktor milik dinas dapat dipinjam kelompok tani mulai Januari 2027 tanpa biaya sewa. Kelompok tani hanya "
     "menanggung solar dan upah operator.", "hanya menanggung solar dan upah operator"),
], ids=["relief-pay-the-principal", "loan-pay-the-fuel"])
def test_what_citizens_still_pay_is_a_cost(draft: str, cost: str) -> None:
    assert cost in _facts(draft, Slot.COST)


def test_what_a_government_pays_or_how_to_pay_is_no_cost_of_citizens() -> None:
    draft = ("Layanan berobat gratis dibuka mulai 1 Maret 2027 di RSUD Contoh. Pemkab hanya menanggung iuran "
             "kelas III. Warga cukup bayar lewat aplikasi Contoh Pay untuk layanan tambahan.")
    costs = _facts(draft, Slot.COST)
    assert not any("iuran kelas III" in c for c in costs)
    assert not any("lewat aplikasi" in c for c in costs)
