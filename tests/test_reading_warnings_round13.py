"""Fraud warnings read as an editor reads them (issue 11, round 13, from the sealed batch's misses): a warning
about a fraud's method is an appeal, not a clarification; an appeal that lists its asks after "mengimbau:"
leads with the first ask; what a wrongdoer does is never "how" for citizens; a complaints desk ("posko
aduan") is no shelter; a file extension keeps its space; a service stopped (water, power) leads an outage
notice, its areas are labelled affected, and its lead does not end on the words that introduced the list.
The sentences here are written for the tests."""

from __future__ import annotations

from bot.core.final_checks import finish_rewrite
from bot.core.lexicon import strip_honorifics
from bot.core.models import RewriteRequest
from bot.core.reading import DraftKind, read_draft
from bot.core.reading.sheet import Slot
from bot.offline.engine import OfflineEngine
from bot.offline.post_places import AFFECTED, PLACE, SHELTER, role
from bot.offline.post_plain import plain_lead

SCAM_WARNING = """Waspadai Modus Tagihan Listrik Palsu Lewat SMS

Warga Kota Tanjungpinang, akhir-akhir ini beredar SMS berisi tautan "cek tagihan listrik" yang meminta data
rekening. Setelah tautan dibuka, pelaku mengirim kode verifikasi palsu dan menguras saldo rekening korban.

Dinas Komunikasi dan Informatika Kota Tanjungpinang mengimbau:
- Jangan membuka tautan tagihan dari nomor yang tidak dikenal.
- Jangan memberikan kode OTP kepada siapa pun.
- Cek tagihan hanya lewat aplikasi resmi PLN Mobile.

Konsultasi di Posko Pengaduan Siber Diskominfo, Jalan Basuki Rahmat Nomor 4, setiap hari kerja pukul 08.00-16.00
WIB. Layanan konsultasi gratis.
"""

ASK_BEFORE_LIST = """Pemkab Barito Kuala Imbau Warga Hemat Air Selama Kemarau

Pemerintah Kabupaten Barito Kuala meminta masyarakat untuk tidak menyiram tanaman dengan air PDAM selama musim
kemarau, karena debit sungai turun tajam.

Selain itu, warga diminta:
1. Menampung air hujan bila turun hujan;
2. Melaporkan pipa bocor ke nomor 0511-470-112.

Bantuan air bersih gratis disalurkan lewat mobil tangki ke desa yang kekeringan.
"""

HOAX_WITH_FRAUD = """Klarifikasi: Pesan Bantuan Tunai dari Bupati adalah Hoaks

Beredar pesan berantai yang menyebutkan Bupati Sinjai membagikan bantuan tunai Rp2 juta bagi warga yang mengisi
formulir di sebuah tautan. Pesan itu tidak benar dan merupakan penipuan. Pemkab Sinjai tidak pernah membuka
pendaftaran bantuan melalui tautan pesan berantai.
"""


def test_a_warning_about_a_fraud_method_is_an_appeal() -> None:
    assert read_draft(SCAM_WARNING).kind == DraftKind.APPEAL


def test_a_hoax_answered_stays_a_clarification_though_it_says_fraud() -> None:
    assert read_draft(HOAX_WITH_FRAUD).kind == DraftKind.CLARIFICATION


def test_the_first_listed_ask_leads_an_appeal_over_a_free_service() -> None:
    sheet = read_draft(SCAM_WARNING)
    assert sheet.lead is not None
    assert sheet.lead.text.lstrip("- ").startswith("Jangan membuka tautan tagihan")
    intro = next(c for c in sheet.clauses if c.text.endswith("mengimbau"))
    assert intro.benefit == 0.0


def test_an_ask_stated_before_the_list_keeps_the_lead() -> None:
    sheet = read_draft(ASK_BEFORE_LIST)
    assert sheet.lead is not None
    assert "tidak menyiram tanaman" in sheet.lead.text


def test_what_the_wrongdoer_does_is_no_how() -> None:
    hows = [f.text for f in read_draft(SCAM_WARNING).of(Slot.HOW)]
    assert not any("menguras" in h or "mengirim kode" in h for h in hows), hows


def test_a_report_of_a_wrongdoer_and_a_trader_still_give_a_how() -> None:
    text = ("Pendaftaran lapak bazar Ramadan dibuka. Pelaku usaha cukup mendaftar melalui formulir daring di laman "
            "bazar.kubukab.go.id sampai 10 Maret. Jika ada oknum yang meminta uang pendaftaran, segera laporkan ke "
            "Inspektorat melalui nomor 0812-5566-7788.")
    hows = " | ".join(f.text for f in read_draft(text).of(Slot.HOW))
    assert "mendaftar melalui formulir daring" in hows
    assert "laporkan ke Inspektorat" in hows


def test_a_complaints_desk_is_no_shelter_but_an_evacuation_post_is() -> None:
    sheet = read_draft(SCAM_WARNING)
    desk = next(f for f in sheet.of(Slot.WHERE) if "Posko Pengaduan" in f.text)
    assert role(sheet, desk) == PLACE
    flood = read_draft("Warga Kelurahan Sungai Bilu diimbau waspada banjir kiriman malam ini. Bila air naik, segera "
                       "menuju posko di Gedung Serbaguna Kelurahan Sungai Bilu yang sudah disiapkan.")
    post = next((f for f in flood.of(Slot.WHERE) if "Gedung Serbaguna" in f.text), None)
    assert post is not None and role(flood, post) == SHELTER


def test_a_file_extension_keeps_its_space() -> None:
    assert strip_honorifics("Jangan pasang file .apk dari chat , apa pun namanya .") == (
        "Jangan pasang file .apk dari chat, apa pun namanya.")


OUTAGE = """Pemberitahuan Pemadaman Listrik Terencana

PLN UP3 Kendari memberitahukan adanya pemeliharaan jaringan pada Minggu, 12 April 2026, pukul 08.00-14.00 WITA.
Selama pemeliharaan, listrik akan padam di wilayah:
- Kelurahan Lepo-Lepo dan Kelurahan Baruga;
- Perumahan Griya Asri Blok C.

Untuk warga yang memerlukan, posko pengisian daya gratis disediakan di Kantor Kelurahan Baruga.
"""


def test_a_service_stopped_leads_over_the_help_offered_meanwhile() -> None:
    sheet = read_draft(OUTAGE)
    assert sheet.lead is not None and "listrik akan padam" in sheet.lead.text


def test_the_areas_of_an_outage_are_labelled_affected() -> None:
    sheet = read_draft(OUTAGE)
    area = next(f for f in sheet.of(Slot.WHERE) if "Lepo-Lepo" in f.text)
    assert role(sheet, area) == AFFECTED


def test_a_lead_cut_before_its_list_does_not_end_on_the_list_intro() -> None:
    sheet = read_draft(OUTAGE)
    line = plain_lead(sheet, "Selama pemeliharaan, listrik akan padam di wilayah")
    assert line == "Selama pemeliharaan, listrik akan padam."


def test_a_denial_of_an_outage_does_not_lead_as_one() -> None:
    sheet = read_draft("Layanan Samsat Keliling tetap buka akhir pekan ini di Alun-Alun Kendari, pukul 08.00-12.00 "
                       "WITA. Meski ada pemeliharaan jaringan, listrik tidak akan padam di lokasi layanan.")
    assert sheet.lead is not None and "padam" not in sheet.lead.text


def test_a_passive_way_keeps_its_verb() -> None:
    hows = [f.text for f in read_draft("Status bansos bisa dicek di laman cekbansos.kemensos.go.id dengan NIK.")
            .of(Slot.HOW)]
    assert any(h.startswith("bisa dicek di laman") for h in hows), hows


def test_a_fraud_warning_asks_citizens_to_stay_alert_not_to_come() -> None:
    request = RewriteRequest(draft=SCAM_WARNING, platforms=["instagram"])
    result = finish_rewrite(request, OfflineEngine().rewrite(request))
    post = result.posts[0].whole_text
    assert "lalu datang" not in post
    assert "waspada" in post.lower()
    assert "menguras" not in post
